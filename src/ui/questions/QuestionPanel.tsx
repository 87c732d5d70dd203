// The current question: its text, choices or input, Check, Hint, and the explanation once correct.
import { useAppStore } from '../storeContext'
import { labText, useT } from '../i18n'
import { QuestionList } from './QuestionList'
import { LazyMarkdown } from './LazyMarkdown'
import { ChoiceInput } from './ChoiceInput'

export function QuestionPanel() {
  const t = useT()
  const lang = useAppStore((s) => s.lang)
  const n = useAppStore((s) => s.lab.current)
  const q = useAppStore((s) => s.lab.doc?.questions[n - 1])
  const p = useAppStore((s) => s.lab.questions[n - 1])
  const total = useAppStore((s) => s.lab.questions.length)
  const allDone = useAppStore((s) => s.lab.questions.every((x) => x.state === 'correct'))
  const answerQuestion = useAppStore((s) => s.answerQuestion)
  const checkQuestion = useAppStore((s) => s.checkQuestion)
  const showHint = useAppStore((s) => s.showHint)
  const selectQuestion = useAppStore((s) => s.selectQuestion)
  if (!q || !p) return null
  const answerable = q.type === 'choice' || q.type === 'input'
  return (
    <section className="qpanel" aria-label={t('questions')}>
      <QuestionList />
      <article className="question" aria-labelledby="question-title">
        <div className="question-kicker">
          {t('questionN', { n })} / {total}
          <span className={`state state-${p.state}`}>{t(`state_${p.state}`)}</span>
        </div>
        <h2 id="question-title">{labText(q.title, lang)}</h2>
        <LazyMarkdown text={labText(q.text, lang)} />
        {q.type === 'choice' && (
          <ChoiceInput
            n={n}
            q={q}
            lang={lang}
            answer={p.answer}
            onAnswer={(a) => answerQuestion(n, a)}
          />
        )}
        {q.type === 'input' && (
          <form
            className="answer-form"
            onSubmit={(e) => {
              e.preventDefault()
              void checkQuestion(n)
            }}
          >
            <input
              className="text-input"
              aria-label={t('answer')}
              value={p.answer}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => answerQuestion(n, e.target.value)}
            />
          </form>
        )}
        {q.type === 'task' && <p className="note">{t('taskNote')}</p>}
        <div className="question-actions">
          {q.type !== 'info' && (
            <button
              type="button"
              className="btn btn-primary"
              disabled={answerable && !p.answer.trim()}
              onClick={() => void checkQuestion(n)}
            >
              {t('check')}
            </button>
          )}
          {q.hint !== undefined && !p.hintShown && (
            <button type="button" className="btn" onClick={() => showHint(n)}>
              {t('hint')}
            </button>
          )}
          {n < total && (
            <button
              type="button"
              className={`btn${p.state === 'correct' ? ' btn-primary' : ' btn-ghost'}`}
              onClick={() => void selectQuestion(n + 1)}
            >
              {q.type === 'info' ? t('continue') : t('next')}
            </button>
          )}
        </div>
        <div aria-live="polite" className="feedback">
          {p.state === 'correct' && q.type !== 'info' && (
            <div className="result result-correct">{t('correct')}</div>
          )}
          {p.state !== 'correct' && p.failures.length > 0 && (
            <div className="result result-incorrect">
              <strong>{t('incorrect')}</strong>
              <ul>
                {p.failures.map((f, i) => (
                  <li key={i}>{f}</li>
                ))}
              </ul>
            </div>
          )}
          {p.state === 'incorrect' && p.failures.length === 0 && (
            <div className="result result-incorrect">
              <strong>{t('incorrect')}</strong>
            </div>
          )}
        </div>
        {p.hintShown && q.hint !== undefined && (
          <aside className="hint" aria-label={t('hint')}>
            <LazyMarkdown text={labText(q.hint, lang)} />
          </aside>
        )}
        {p.state === 'correct' && q.explanation !== undefined && (
          <aside className="explanation" aria-label={t('explanation')}>
            <h3>{t('explanation')}</h3>
            <LazyMarkdown text={labText(q.explanation, lang)} />
          </aside>
        )}
        {allDone && <p className="all-done">{t('allDone')}</p>}
      </article>
    </section>
  )
}
