#!/usr/bin/env bash
# The whole test suite, in CI order: typecheck → lint → format check → unit + golden transcripts →
# lab replay → e2e (installs Debian chromium first when it is missing). Ends with `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0
failed=0
log=$(mktemp -d)

step() { # name, command...: a step that counts as one check
  local name=$1; shift
  echo "== $name"
  if "$@" >"$log/$name.out" 2>&1; then
    passed=$((passed + 1)); tail -n 3 "$log/$name.out"
  else
    failed=$((failed + 1)); cat "$log/$name.out"; echo "!! $name failed"
  fi
}

counted() { # name, command...: a test runner whose own pass/fail counts are added
  local name=$1; shift
  echo "== $name"
  "$@" 2>&1 | tee "$log/$name.out"
  local rc=${PIPESTATUS[0]}
  local clean p f
  clean=$(sed 's/\x1b\[[0-9;]*m//g' "$log/$name.out")
  if [ "$name" = unit ]; then
    p=$(echo "$clean" | grep -E '^\s+Tests ' | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+' | tail -1)
    f=$(echo "$clean" | grep -E '^\s+Tests ' | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' | tail -1)
  else
    p=$(echo "$clean" | grep -oE '^\s*[0-9]+ (labs )?passed' | grep -oE '[0-9]+' | tail -1)
    f=$(echo "$clean" | grep -oE '(^\s*|, )[0-9]+ failed' | grep -oE '[0-9]+' | tail -1)
  fi
  p=${p:-0}; f=${f:-0}
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; echo "!! $name exited $rc"; fi
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then f=1; echo "!! $name ran no test"; fi
  passed=$((passed + p)); failed=$((failed + f))
}

step typecheck npx tsc --noEmit
step typecheck-sim npx tsc --noEmit -p tsconfig.sim.json
step lint npx eslint . --max-warnings=0
step format npx prettier --check .
counted unit npx vitest run
counted labs npx tsx src/cli/labsCheck.ts
if [ "${SKIP_E2E:-}" != 1 ]; then
  step chromium bash scripts/ensure-chromium.sh
  counted e2e env CI=true npx playwright test
fi
rm -rf "$log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
