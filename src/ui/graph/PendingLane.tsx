// The lane of pods no node holds: Pending pods the scheduler could not place (every node
// cordoned, tainted or NotReady), shown apart so the student sees them wait.
import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import type { LaneNode } from './flowNodes'
import { ChipGrid } from './ChipGrid'

function PendingLaneView({ data }: NodeProps<LaneNode>) {
  return (
    <div className="glane" role="group" aria-label="Pending pods">
      <div className="glane__head">
        <span className="glane__title">Pending</span>
        <span className="glane__hint">
          {data.count} {data.count === 1 ? 'pod' : 'pods'} not on any node
        </span>
      </div>
      {data.pods && <ChipGrid pods={data.pods} leaving={data.leaving} columns={data.columns} />}
    </div>
  )
}

export const PendingLane = memo(PendingLaneView)
