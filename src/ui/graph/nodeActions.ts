// The node actions of the graph's menu and the command each one stands for: the student sees the
// command run in the terminal exactly as if typed (kubectl cordon/uncordon/drain, lab node power-*).
import type { GraphNodeCard } from '../../store/selectors/graph'
import type { Translate } from '../i18n'

export interface NodeAction {
  id: 'cordon' | 'uncordon' | 'drain' | 'power-off' | 'power-on'
  /** visible label ("Power off"; translated) */
  label: string
  /** accessible name ("Power off node01"; translated) */
  name: string
  command: string
}

/** The actions offered for a node: cordon, uncordon, drain, and power off or on. */
export function nodeActions(
  card: Pick<GraphNodeCard, 'name' | 'powered'>,
  t: Translate,
): NodeAction[] {
  const n = card.name
  const v = { name: n }
  const actions: NodeAction[] = [
    {
      id: 'cordon',
      label: t('graph_cordon'),
      name: t('graph_cordonName', v),
      command: `kubectl cordon ${n}`,
    },
    {
      id: 'uncordon',
      label: t('graph_uncordon'),
      name: t('graph_uncordonName', v),
      command: `kubectl uncordon ${n}`,
    },
    {
      id: 'drain',
      label: t('graph_drain'),
      name: t('graph_drainName', v),
      command: `kubectl drain ${n} --ignore-daemonsets`,
    },
  ]
  if (card.powered === false)
    actions.push({
      id: 'power-on',
      label: t('graph_powerOn'),
      name: t('graph_powerOnName', v),
      command: `lab node power-on ${n}`,
    })
  else if (card.powered === true)
    actions.push({
      id: 'power-off',
      label: t('graph_powerOff'),
      name: t('graph_powerOffName', v),
      command: `lab node power-off ${n}`,
    })
  return actions
}
