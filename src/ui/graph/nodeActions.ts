// The node actions of the graph's menu and the command each one stands for: the student sees the
// command run in the terminal exactly as if typed (kubectl cordon/uncordon/drain, lab node power-*).
import type { GraphNodeCard } from '../../store/selectors/graph'

export interface NodeAction {
  id: 'cordon' | 'uncordon' | 'drain' | 'power-off' | 'power-on'
  /** visible label ("Power off") */
  label: string
  /** accessible name ("Power off node01") */
  name: string
  command: string
}

/** The actions offered for a node: cordon, uncordon, drain, and power off or on. */
export function nodeActions(card: Pick<GraphNodeCard, 'name' | 'powered'>): NodeAction[] {
  const n = card.name
  const actions: NodeAction[] = [
    { id: 'cordon', label: 'Cordon', name: `Cordon ${n}`, command: `kubectl cordon ${n}` },
    { id: 'uncordon', label: 'Uncordon', name: `Uncordon ${n}`, command: `kubectl uncordon ${n}` },
    {
      id: 'drain',
      label: 'Drain',
      name: `Drain ${n}`,
      command: `kubectl drain ${n} --ignore-daemonsets`,
    },
  ]
  if (card.powered === false)
    actions.push({
      id: 'power-on',
      label: 'Power on',
      name: `Power on ${n}`,
      command: `lab node power-on ${n}`,
    })
  else if (card.powered === true)
    actions.push({
      id: 'power-off',
      label: 'Power off',
      name: `Power off ${n}`,
      command: `lab node power-off ${n}`,
    })
  return actions
}
