// A pod as a chip inside its node's card: coloured by its controller, a warning look when no
// controller manages it, faded while Terminating, striped while Pending / ContainerCreating.
import { memo, type CSSProperties } from 'react'
import type { NodeProps } from '@xyflow/react'
import type { PodNode } from './flowNodes'
import { useGraphActions } from './graphContext'

function PodChipView({ data }: NodeProps<PodNode>) {
  const { pod, leaving } = data
  const { openPod } = useGraphActions()
  const classes = ['gchip', `gchip--${pod.look}`]
  if (pod.terminating) classes.push('gchip--terminating')
  if (pod.starting) classes.push('gchip--starting')
  if (leaving) classes.push('gchip--leaving')
  return (
    <button
      type="button"
      className={classes.join(' ')}
      style={{ '--owner': pod.color } as CSSProperties}
      aria-label={`Pod ${pod.namespace}/${pod.name}`}
      aria-hidden={leaving || undefined}
      tabIndex={leaving ? -1 : undefined}
      title={`${pod.namespace}/${pod.name} · ${pod.status}`}
      onClick={(e) => openPod(pod.id, e.currentTarget)}
    >
      {pod.look === 'unmanaged' && (
        <span className="gchip__warn" aria-hidden="true">
          !
        </span>
      )}
      <span className="gchip__name">{pod.name}</span>
    </button>
  )
}

export const PodChip = memo(PodChipView)
