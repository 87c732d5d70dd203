// kubectl label / annotate: set, overwrite, remove, selectors, dry runs and errors.
// Expected texts recorded from the real kubectl v1.32.4.
import { beforeAll, expect, it } from 'vitest'
import { blueAndHrApp, type Lab, type Step } from '../testing/harness'

let lab: Lab
let play: (steps: Step[]) => Promise<void>
beforeAll(() => {
  ;({ lab, play } = blueAndHrApp())
})

it('labels and annotates as kubectl does', async () => {
  await play([
    ['kubectl label nodes node01 disk=ssd', 'node/node01 labeled\n', 0],
    ['kubectl label nodes node01 disk=ssd', 'node/node01 not labeled\n', 0],
    [
      'kubectl label nodes node01 disk=hdd',
      "error: 'disk' already has a value (ssd), and --overwrite is false\n",
      1,
    ],
    ['kubectl label nodes node01 disk=hdd --overwrite', 'node/node01 labeled\n', 0],
    ['kubectl label nodes node01 disk-', 'node/node01 unlabeled\n', 0],
    [
      'kubectl label nodes node01 nosuch-',
      'label "nosuch" not found.\nnode/node01 not labeled\n',
      0,
    ],
    ['kubectl label pods -l app=nomatch a=b', '', 0],
    [
      'kubectl label pod x a=b a-',
      'error: can not both modify and remove a label in the same command\n',
      1,
    ],
    [
      'kubectl label',
      'error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n',
      1,
    ],
    ['kubectl label pods x', 'error: at least one label update is required\n', 1],
    ['kubectl annotate pods x', 'error: at least one annotation update is required\n', 1],
    ['kubectl annotate node node01 a=b', 'node/node01 annotated\n', 0],
    [
      'kubectl annotate node node01 a=c',
      "error: 'a' already has a value (b), and --overwrite is false\n",
      1,
    ],
    ['kubectl annotate node node01 a=c --overwrite', 'node/node01 annotated\n', 0],
    ['kubectl annotate node node01 a-', 'node/node01 annotated\n', 0],
    [
      'kubectl label pods -l app=blue tier=web -o name',
      expect.stringMatching(/^(pod\/blue-\w+-\w+\n){3}$/) as string,
      0,
    ],
    ['kubectl label node node01 x=y --dry-run=client', 'node/node01 labeled (dry run)\n', 0],
  ])
  const node = lab.cluster.client.get<{
    metadata: { labels: Record<string, string>; annotations: Record<string, string> }
  }>('Node', undefined, 'node01')
  expect(node.metadata.labels.x).toBeUndefined()
  expect(node.metadata.annotations.a).toBeUndefined()
})
