import { describe, expect, it } from 'vitest'
import { splitCommands } from './replay'

describe('splitCommands', () => {
  it('keeps here-documents, open quotes and trailing pipes with their command', () => {
    expect(
      splitCommands([
        'kubectl get nodes',
        'cat <<EOF | wc -l',
        'a',
        'EOF',
        'echo "one',
        'two"',
        'kubectl get pods |',
        'wc -l',
        '',
      ]),
    ).toEqual([
      ['kubectl get nodes'],
      ['cat <<EOF | wc -l', 'a', 'EOF'],
      ['echo "one', 'two"'],
      ['kubectl get pods |', 'wc -l'],
      [''],
    ])
  })

  it('ends an unterminated here-document at the end of input', () => {
    expect(splitCommands(['cat <<EOF', 'x'])).toEqual([['cat <<EOF', 'x']])
  })
})
