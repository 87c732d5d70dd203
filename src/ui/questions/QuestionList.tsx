// The questions of the lab with their state; choosing one shows it (and runs its setup once).
import { useAppStore } from '../storeContext'
import { labText, useT } from '../i18n'
import { parseQuestionStates, selectQuestionStates } from '../../store/selectors/progress'

const MARK = { unanswered: '', correct: '✓', incorrect: '✗' } as const

export function QuestionList() {
  const t = useT()
  const lang = useAppStore((s) => s.lang)
  const doc = useAppStore((s) => s.lab.doc)
  const current = useAppStore((s) => s.lab.current)
  const states = parseQuestionStates(useAppStore(selectQuestionStates))
  const select = useAppStore((s) => s.selectQuestion)
  if (!doc) return null
  return (
    <nav className="qlist" aria-label={t('questions')}>
      <ol>
        {doc.questions.map((q, i) => {
          const n = i + 1
          const state = states[i] ?? 'unanswered'
          return (
            <li key={q.id}>
              <button
                type="button"
                className={`qdot qdot-${state}`}
                aria-current={n === current ? 'step' : undefined}
                aria-label={`${t('questionN', { n })}: ${labText(q.title, lang)} (${t(`state_${state}`)})`}
                title={labText(q.title, lang)}
                onClick={() => void select(n)}
              >
                {MARK[state] || n}
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
