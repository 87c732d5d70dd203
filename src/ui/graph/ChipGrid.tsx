// Chips drawn inside a card or the pending lane (many pods): a grid laid out like the child-node
// chips (layout.ts), with the chips that just left fading at the end. A chip the student dragged
// keeps its grid cell and is drawn at its saved place by a CSS translate from that cell.
import { memo, type CSSProperties } from 'react'
import type { GraphPod } from '../../store/selectors/graph'
import type { ChipPlaces } from './chipPlaces'
import { chipSlot, type ChipArea } from './layout'
import { PodChipButton } from './PodChip'
import { chipShift, useChipDrag } from './useChipDrag'

interface Props {
  pods: readonly GraphPod[]
  leaving: readonly GraphPod[]
  columns: number
  /** the card's id (or the lane's): chips are saved under chipLayoutKey(pod.id, parentId) */
  parentId: string
  places: ChipPlaces
  area: ChipArea
}

function ChipGridView({ pods, leaving, columns, parentId, places, area }: Props) {
  const handlers = useChipDrag({ pods, places, columns, parentId, area })
  const shiftOf = (pod: GraphPod, index: number): string | undefined => {
    const place = places[pod.id]
    return place && chipShift(place, chipSlot(index, area.top, columns))
  }
  return (
    <div className="gchips" style={{ '--cols': columns } as CSSProperties} {...handlers}>
      {pods.map((p, i) => (
        <PodChipButton key={p.id} pod={p} leaving={false} inCard shift={shiftOf(p, i)} />
      ))}
      {leaving.map((p, i) => (
        <PodChipButton
          key={`leaving:${p.id}`}
          pod={p}
          leaving
          inCard
          shift={shiftOf(p, pods.length + i)}
        />
      ))}
    </div>
  )
}

export const ChipGrid = memo(ChipGridView)
