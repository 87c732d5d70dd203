#!/usr/bin/env bash
# Installs Debian's chromium (what Playwright drives, see playwright.config.ts) when it is missing,
# and a Korean font (fonts-nanum) when fontconfig knows none, so the 한국어 mode of the app renders
# as text rather than tofu boxes in e2e screenshots. Playwright's own browser download is never used.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

missing=()
if [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
# empty output: no font covers Korean
if [ -z "$(fc-list :lang=ko 2>/dev/null || true)" ]; then missing+=(fonts-nanum); fi

if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  echo "installed: ${missing[*]}"
fi

echo "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
echo "korean font: $(fc-list :lang=ko family 2>/dev/null | head -1)"
