// The cluster graph (React Flow 12): node cards with their pods as chips, the pending lane, the
// legend; node actions run their command in the terminal; positions persist in the layout slice.
import '@xyflow/react/dist/style.css'
import './graph.css'
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import {
  Background,
  BackgroundVariant,
  Controls,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore as useFlowStore,
  type FitViewOptions,
  type NodeTypes,
} from '@xyflow/react'
import { useStore } from 'zustand'
import { useStoreApi } from '../storeContext'
import type { AppStore } from '../../store/createAppStore'
import type { GraphModel, GraphPod } from '../../store/selectors/graph'
import { GraphController } from './graphController'
import { useGraphSnapshot } from './useGraphSnapshot'
import { GraphActionsContext, type GraphActions } from './graphContext'
import { anchorBelow, type Anchor } from './anchor'
import type { GraphFlowNode } from './flowNodes'
import { NodeCard } from './NodeCard'
import { PodChip } from './PodChip'
import { PendingLane } from './PendingLane'
import { Legend } from './Legend'
import { NodeMenu } from './NodeMenu'
import { PodPopover } from './PodPopover'
import { useT } from '../i18n'

const nodeTypes = { nodeCard: NodeCard, pod: PodChip, lane: PendingLane } satisfies NodeTypes

const MENU_W = 280
// room on the right for the legend panel (250 px wide)
const FIT: FitViewOptions = {
  padding: { top: '24px', bottom: '24px', left: '48px', right: '270px' },
  maxZoom: 1.1,
}

type Popup = { kind: 'node' | 'pod'; id: string; at: Anchor }

/** Below this zoom chip labels are unreadable anyway: they are not drawn (level of detail). */
const FAR_ZOOM = 0.55

/** Marks the graph "far" when zoomed out, so CSS can drop chip labels; renders nothing. */
function ZoomLevel({ target }: { target: RefObject<HTMLDivElement | null> }) {
  const far = useFlowStore((s) => s.transform[2] < FAR_ZOOM)
  useEffect(() => {
    target.current?.classList.toggle('cgraph--far', far)
  }, [far, target])
  return null
}

function findPod(model: GraphModel | undefined, id: string): GraphPod | undefined {
  if (!model) return undefined
  for (const c of model.nodes) for (const p of c.pods) if (p.id === id) return p
  return model.pending.find((p) => p.id === id)
}

/** The cluster graph of the open lab's world; mount it in a box with a height. */
export function ClusterGraph() {
  const store = useStoreApi()
  return (
    <ReactFlowProvider>
      <GraphCanvas store={store} />
    </ReactFlowProvider>
  )
}

function GraphCanvas({ store }: { store: AppStore }) {
  const [controller] = useState(() => new GraphController(store))
  const { model, nodes } = useGraphSnapshot(controller)
  const showSystemPods = useStore(store, (s) => s.showSystemPods)
  const [popup, setPopup] = useState<Popup | undefined>()
  const containerRef = useRef<HTMLDivElement>(null)
  const { fitView } = useReactFlow()
  const t = useT()
  // React Flow's own labels (the zoom controls); the English values are React Flow's defaults.
  const ariaLabelConfig = useMemo(
    () => ({
      'controls.ariaLabel': t('graph_controls'),
      'controls.zoomIn.ariaLabel': t('graph_zoomIn'),
      'controls.zoomOut.ariaLabel': t('graph_zoomOut'),
      'controls.fitView.ariaLabel': t('graph_fitView'),
    }),
    [t],
  )

  const actions = useMemo<GraphActions>(
    () => ({
      store,
      openNodeMenu: (id, anchor) => {
        if (containerRef.current)
          setPopup({ kind: 'node', id, at: anchorBelow(anchor, containerRef.current, MENU_W) })
      },
      openPod: (id, anchor) => {
        if (containerRef.current)
          setPopup({ kind: 'pod', id, at: anchorBelow(anchor, containerRef.current, MENU_W) })
      },
      nudge: controller.nudge,
    }),
    [store, controller],
  )
  const close = useCallback(() => setPopup(undefined), [])
  const run = useCallback(
    (command: string) => {
      setPopup(undefined)
      void store.getState().runCommand(command, { external: true })
    },
    [store],
  )
  const toggleSystemPods = useCallback(() => store.getState().toggleSystemPods(), [store])
  const onDragStop = useCallback(
    (_e: unknown, _n: GraphFlowNode, dragged: GraphFlowNode[]) => controller.savePositions(dragged),
    [controller],
  )

  // Close a popup on a press anywhere outside it.
  useEffect(() => {
    if (!popup) return
    const onDown = (e: PointerEvent) => {
      const el = containerRef.current?.querySelector('.gpop')
      if (el && e.target instanceof Node && el.contains(e.target)) return
      setPopup(undefined)
    }
    document.addEventListener('pointerdown', onDown, true)
    return () => document.removeEventListener('pointerdown', onDown, true)
  }, [popup])

  // Fit the view when nodes come or go (a new lab, a node added by kubeadm join).
  const cardCount = model?.nodes.length ?? 0
  useEffect(() => {
    if (cardCount === 0) return
    const id = requestAnimationFrame(() => void fitView(FIT))
    return () => cancelAnimationFrame(id)
  }, [cardCount, fitView])

  const card = popup?.kind === 'node' ? model?.nodes.find((c) => c.id === popup.id) : undefined
  const pod = popup?.kind === 'pod' ? findPod(model, popup.id) : undefined

  return (
    <div className="cgraph" ref={containerRef}>
      <GraphActionsContext.Provider value={actions}>
        <ReactFlow<GraphFlowNode>
          nodes={nodes}
          nodeTypes={nodeTypes}
          onNodesChange={controller.applyChanges}
          onNodeDragStop={onDragStop}
          onPaneClick={close}
          onMoveStart={close}
          fitView
          fitViewOptions={FIT}
          minZoom={0.08}
          maxZoom={2}
          colorMode="dark"
          nodesConnectable={false}
          elementsSelectable={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          panActivationKeyCode={null}
          zoomOnDoubleClick={false}
          aria-label={t('graph_label')}
          ariaLabelConfig={ariaLabelConfig}
        >
          <ZoomLevel target={containerRef} />
          <Background variant={BackgroundVariant.Dots} gap={22} size={1} />
          <Controls showInteractive={false} position="bottom-left" />
          <Panel position="top-right">
            <Legend
              entries={model?.legend ?? []}
              showSystemPods={showSystemPods}
              hiddenSystemPods={model?.hiddenSystemPods ?? 0}
              onToggleSystemPods={toggleSystemPods}
            />
          </Panel>
        </ReactFlow>
        {card && popup && <NodeMenu card={card} at={popup.at} onRun={run} onClose={close} />}
        {pod && popup && <PodPopover pod={pod} at={popup.at} onClose={close} />}
      </GraphActionsContext.Provider>
    </div>
  )
}
