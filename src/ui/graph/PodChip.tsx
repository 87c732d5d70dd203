// A pod as a chip: coloured by its controller, a warning look when no controller manages it,
// faded while Terminating, striped while Pending / ContainerCreating. Drawn as a React Flow child
// node of its card (React Flow drags it) or, with many pods, as plain DOM inside the card (its
// ChipGrid drags it: `nodrag nopan` keep React Flow from moving the card or panning instead).
// Focused, arrow keys move it (Shift: further) within its card.
import { memo, type CSSProperties } from 'react'
import type { NodeProps } from '@xyflow/react'
import type { GraphPod } from '../../store/selectors/graph'
import type { PodNode } from './flowNodes'
import { useGraphActions } from './graphContext'
import { CHIP_POD_ATTR } from './useChipDrag'
import { keyStep } from './chipPlaces'
import { chipLabel } from './format'
import { useT } from '../i18n'

interface ButtonProps {
  pod: GraphPod
  leaving: boolean
  /** drawn inside its card by a ChipGrid, which drags it */
  inCard?: boolean
  /** CSS translate from its grid cell to the place the student saved (ChipGrid) */
  shift?: string
}

function PodChipButtonView({ pod, leaving, inCard = false, shift }: ButtonProps) {
  const { openPod, nudge } = useGraphActions()
  const t = useT()
  const classes = ['gchip', `gchip--${pod.look}`]
  if (inCard) classes.push('gchip--in-card', 'nodrag', 'nopan')
  if (shift) classes.push('gchip--placed')
  if (pod.terminating) classes.push('gchip--terminating')
  if (pod.starting) classes.push('gchip--starting')
  if (leaving) classes.push('gchip--leaving')
  return (
    <button
      type="button"
      className={classes.join(' ')}
      style={{ '--owner': pod.color, translate: shift } as CSSProperties}
      {...(inCard && !leaving && { [CHIP_POD_ATTR]: pod.id })}
      aria-label={t('graph_pod', { ns: pod.namespace, name: pod.name })}
      aria-hidden={leaving || undefined}
      tabIndex={leaving ? -1 : undefined}
      title={`${pod.namespace}/${pod.name} · ${pod.status}`}
      onClick={(e) => openPod(pod.id, e.currentTarget)}
      // a chip node moves by arrow keys here; a chip drawn in its card, by its ChipGrid's handler
      onKeyDown={
        inCard
          ? undefined
          : (e) => {
              const step = keyStep(e)
              if (!step) return
              e.preventDefault()
              nudge(pod.id, step)
            }
      }
    >
      {pod.look === 'unmanaged' && (
        <span className="gchip__warn" aria-hidden="true">
          !
        </span>
      )}
      <span className="gchip__name">{chipLabel(pod.name)}</span>
    </button>
  )
}

/** The chip itself, for cards that draw their chips inside. */
export const PodChipButton = memo(PodChipButtonView)

function PodChipNodeView({ data }: NodeProps<PodNode>) {
  return <PodChipButton pod={data.pod} leaving={data.leaving} />
}

/** The chip as a React Flow node (child of its card). */
export const PodChip = memo(PodChipNodeView)
