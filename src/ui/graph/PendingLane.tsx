// The lane of pods no node holds: Pending pods the scheduler could not place (every node
// cordoned, tainted or NotReady), shown apart so the student sees them wait.
import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import { LANE_ID, type LaneNode } from './flowNodes'
import { LANE_CHIP_AREA } from './layout'
import { ChipGrid } from './ChipGrid'
import { useT } from '../i18n'

function PendingLaneView({ data }: NodeProps<LaneNode>) {
  const t = useT()
  return (
    <div className="glane" role="group" aria-label={t('graph_pendingPods')}>
      <div className="glane__head">
        <span className="glane__title">{t('graph_pending')}</span>
        <span className="glane__hint">
          {t(data.count === 1 ? 'graph_notOnNode_one' : 'graph_notOnNode_other', { n: data.count })}
        </span>
      </div>
      {data.pods && (
        <ChipGrid
          pods={data.pods}
          leaving={data.leaving}
          columns={data.columns}
          parentId={LANE_ID}
          places={data.places}
          area={LANE_CHIP_AREA}
        />
      )}
    </div>
  )
}

export const PendingLane = memo(PendingLaneView)
