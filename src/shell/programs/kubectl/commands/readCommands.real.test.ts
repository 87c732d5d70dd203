// Comparison with the real kubectl v1.32.4: the same commands over the same state. The state was
// exported from this world with `kubectl get <kind> -A -o json`, served to the real client by
// /work/shared/tools/real-kubectl (timestamps shifted to wall time and back), and its output is
// testdata/real-read-commands.txt. Ages (`6m12s`) are masked: the real client's clock drifted.
import { readFileSync } from 'node:fs'
import { readWorld } from './readWorld'
import { compareWithRecording } from './realRecording'

const recording = (file: string) =>
  readFileSync(new URL(`../testdata/${file}`, import.meta.url), 'utf8')

// skip list: none — every recorded command must match
compareWithRecording('real-read-commands.txt', recording('real-read-commands.txt'), readWorld, 47, {
  maskAges: true,
})
