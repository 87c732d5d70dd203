// kubectl taint: add, overwrite, remove, dry runs and taints.go's parse errors.
// Expected texts recorded from the real kubectl v1.32.4 (parse errors need no server).
import { beforeAll, expect, it } from 'vitest'
import { blueAndHrApp, type Lab, type Step } from '../testing/harness'

let lab: Lab
let play: (steps: Step[]) => Promise<void>
beforeAll(() => {
  ;({ lab, play } = blueAndHrApp())
})

it('adds, modifies and removes taints as kubectl does', async () => {
  await play([
    ['kubectl taint nodes node01 key=value:NoSchedule', 'node/node01 tainted\n', 0],
    [
      'kubectl taint nodes node01 key=other:NoSchedule',
      'error: node node01 already has key taint(s) with same effect(s) and --overwrite is false\n',
      1,
    ],
    ['kubectl taint nodes node01 key=other:NoSchedule --overwrite', 'node/node01 modified\n', 0],
    ['kubectl taint nodes node01 key:NoSchedule-', 'node/node01 untainted\n', 0],
    ['kubectl taint nodes node01 nokey-', 'error: taint "nokey" not found\n', 1],
    [
      'kubectl taint nodes node01 nokey:NoSchedule-',
      'error: taint "nokey:NoSchedule" not found\n',
      1,
    ],
    [
      'kubectl taint node node01 foo=bar:Bad',
      "error: invalid taint effect: Bad, unsupported taint effect\nSee 'kubectl taint -h' for help and examples\n",
      1,
    ],
    [
      'kubectl taint nodes node01 a=b:NoSchedule a-',
      'error: can not both modify and remove the following taint(s) in the same command: a=\n',
      1,
    ],
    [
      'kubectl taint pods hr-app a=b:NoSchedule',
      'error: invalid resource type pods, only node types are supported\n',
      1,
    ],
    [
      'kubectl taint nodes nosuch a=b:NoSchedule',
      'Error from server (NotFound): nodes "nosuch" not found\n',
      1,
    ],
    ['kubectl taint nodes node01', 'error: at least one taint update is required\n', 1],
    ['kubectl taint', 'error: one or more resources must be specified as <resource> <name>\n', 1],
    [
      'kubectl taint nodes node01 a=b:NoSchedule --dry-run=client',
      'node/node01 tainted (dry run)\n',
      0,
    ],
    ['kubectl taint nodes node01 a=b:NoExecute b:PreferNoSchedule', 'node/node01 tainted\n', 0],
  ])
  expect(
    lab.cluster.client.get<{ spec: { taints: unknown[] } }>('Node', undefined, 'node01').spec
      .taints,
  ).toEqual([
    { key: 'a', value: 'b', effect: 'NoExecute' },
    { key: 'b', effect: 'PreferNoSchedule' },
  ])
})

const USAGE = "\nSee 'kubectl taint -h' for help and examples\n"
it.each([
  [
    'a=b',
    "error: invalid taint spec: a=b, name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
  ],
  ['a=b=c:NoSchedule', 'error: invalid taint spec: a=b=c:NoSchedule'],
  [
    "'a=b c:NoSchedule'",
    "error: invalid taint spec: a=b c:NoSchedule, a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
  ],
  ['a:NoSchedule=b', 'error: invalid taint effect: NoSchedule=b, unsupported taint effect'],
  ['a=b:Bad', 'error: invalid taint effect: Bad, unsupported taint effect'],
])('taint node node01 %s is refused before any request', async (spec, msg) => {
  await play([[`kubectl taint node node01 ${spec}`, msg + USAGE, 1]])
})
