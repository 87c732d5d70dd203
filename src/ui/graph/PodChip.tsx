// A pod as a chip: coloured by its controller, a warning look when no controller manages it,
// faded while Terminating, striped while Pending / ContainerCreating. Drawn as a React Flow child
// node of its card (draggable) or, with many pods, as plain DOM inside the card.
import { memo, type CSSProperties } from 'react'
import type { NodeProps } from '@xyflow/react'
import type { GraphPod } from '../../store/selectors/graph'
import type { PodNode } from './flowNodes'
import { useGraphActions } from './graphContext'
import { chipLabel } from './format'
import { useT } from '../i18n'

function PodChipButtonView({ pod, leaving }: { pod: GraphPod; leaving: boolean }) {
  const { openPod } = useGraphActions()
  const t = useT()
  const classes = ['gchip', `gchip--${pod.look}`]
  if (pod.terminating) classes.push('gchip--terminating')
  if (pod.starting) classes.push('gchip--starting')
  if (leaving) classes.push('gchip--leaving')
  return (
    <button
      type="button"
      className={classes.join(' ')}
      style={{ '--owner': pod.color } as CSSProperties}
      aria-label={t('graph_pod', { ns: pod.namespace, name: pod.name })}
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
