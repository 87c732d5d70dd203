// The program table: every command the shell can run, by name. Add a program = one module plus
// one line here.
import type { Program } from '../types'
import { kubectl } from './kubectl'
import { cd, pwd } from './builtins/cd'
import { date } from './builtins/date'
import { echo } from './builtins/echo'
import { env, exportCmd, printenv, unset } from './builtins/env'
import {
  clear,
  exit,
  falseCmd,
  history,
  hostname,
  trueCmd,
  type,
  which,
  whoami,
} from './builtins/misc'
import { read } from './builtins/read'
import { sleep } from './builtins/sleep'
import { bracket, test } from './builtins/test'
import { awk } from './coreutils/awk'
import { cat } from './coreutils/cat'
import { cp, ls, mkdir, mv, rm, touch } from './coreutils/files'
import { grep } from './coreutils/grep'
import { head, tail } from './coreutils/headtail'
import { sort, uniq } from './coreutils/sort'
import { base64, column, cut, seq, tee, tr } from './coreutils/text'
import { wc } from './coreutils/wc'
import { xargs } from './coreutils/xargs'
import { notSimulated } from './notSimulated'

const table = {
  kubectl,
  cd,
  pwd,
  echo,
  export: exportCmd,
  unset,
  env,
  printenv,
  history,
  clear,
  hostname,
  whoami,
  true: trueCmd,
  false: falseCmd,
  ':': trueCmd,
  test,
  '[': bracket,
  exit,
  logout: exit,
  type,
  which,
  read,
  sleep,
  date,
  cat,
  grep,
  egrep: async (ctx) =>
    grep({
      ...ctx,
      argv: ['grep', '-E', ...ctx.argv.slice(1)],
      // stdin is consumed when read (not enumerable, so the spread leaves it out)
      get stdin() {
        return ctx.stdin
      },
    }),
  wc,
  head,
  tail,
  sort,
  uniq,
  awk,
  mawk: awk,
  cut,
  tr,
  tee,
  xargs,
  ls,
  mkdir,
  touch,
  rm,
  cp,
  mv,
  column,
  base64,
  seq,
  nano: notSimulated('nano'),
  vi: notSimulated('vi'),
  vim: notSimulated('vim'),
  top: notSimulated('top'),
  curl: notSimulated('curl'),
  wget: notSimulated('wget'),
  docker: notSimulated('docker'),
  crictl: notSimulated('crictl'),
  journalctl: notSimulated('journalctl'),
  kubeadm: notSimulated('kubeadm'),
  kubelet: notSimulated('kubelet'),
  apt: notSimulated('apt'),
  'apt-get': notSimulated('apt-get'),
  'apt-cache': notSimulated('apt-cache'),
  'apt-mark': notSimulated('apt-mark'),
  systemctl: notSimulated('systemctl'),
  etcdctl: notSimulated('etcdctl'),
  etcdutl: notSimulated('etcdutl'),
  ssh: notSimulated('ssh'),
  scp: notSimulated('scp'),
  watch: notSimulated('watch'),
  less: notSimulated('less'),
  more: notSimulated('more'),
  ps: notSimulated('ps'),
  sed: notSimulated('sed'),
  find: notSimulated('find'),
  diff: notSimulated('diff'),
  helm: notSimulated('helm'),
  ping: notSimulated('ping'),
} satisfies Record<string, Program>

export type ProgramName = keyof typeof table

export const programs: Record<string, Program> = table
