// Chips drawn inside a card or the pending lane (many pods): a grid laid out like the child-node
// chips (layout.ts), with the chips that just left fading at the end.
import { memo, type CSSProperties } from 'react'
import type { GraphPod } from '../../store/selectors/graph'
import { PodChipButton } from './PodChip'

interface Props {
  pods: readonly GraphPod[]
  leaving: readonly GraphPod[]
  columns: number
}

function ChipGridView({ pods, leaving, columns }: Props) {
  return (
    <div className="gchips" style={{ '--cols': columns } as CSSProperties}>
      {pods.map((p) => (
        <PodChipButton key={p.id} pod={p} leaving={false} />
      ))}
      {leaving.map((p) => (
        <PodChipButton key={`leaving:${p.id}`} pod={p} leaving />
      ))}
    </div>
  )
}

export const ChipGrid = memo(ChipGridView)
