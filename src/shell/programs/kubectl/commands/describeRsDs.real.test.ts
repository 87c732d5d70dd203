// Comparison with the real kubectl v1.32.4 for `describe replicaset` and `describe daemonset`: the
// same commands over the same state. The state was exported from readWorld() with
// `kubectl get <kind> -A -o json` (nodes, pods, deployments, replicasets, daemonsets, statefulsets,
// pdb, namespaces, events, services, configmaps, leases), its timestamps shifted to wall time and
// served to the real client by /work/shared/tools/real-kubectl; the output is
// testdata/real-describe-rs-ds.txt. Ages (`6m12s`) are masked: the real client's clock drifted.
import { readFileSync } from 'node:fs'
import { readWorld } from './readWorld'
import { compareWithRecording } from './realRecording'

const recording = (file: string) =>
  readFileSync(new URL(`../testdata/${file}`, import.meta.url), 'utf8')

compareWithRecording(
  'real-describe-rs-ds.txt',
  recording('real-describe-rs-ds.txt'),
  readWorld,
  10,
  { maskAges: true },
)
