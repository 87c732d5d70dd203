// The options of a choice question: radio buttons, or checkboxes when several are correct.
import { labText } from '../i18n'
import type { QuestionDoc } from '../../store/runtime'
import type { Lang } from '../../store/types'
import { parseChoice, formatChoice } from './answers'

interface Props {
  n: number
  q: QuestionDoc
  lang: Lang
  answer: string
  onAnswer: (answer: string) => void
}

export function ChoiceInput({ n, q, lang, answer, onAnswer }: Props) {
  const chosen = parseChoice(answer)
  return (
    <fieldset className="choices">
      <legend className="sr-only">{labText(q.title, lang)}</legend>
      {(q.options ?? []).map((o, i) => {
        const k = i + 1
        const checked = chosen.includes(k)
        return (
          <label key={k} className={`choice${checked ? ' choice-on' : ''}`}>
            <input
              type={q.multiple ? 'checkbox' : 'radio'}
              name={`q${n}`}
              checked={checked}
              onChange={() =>
                onAnswer(
                  formatChoice(
                    q.multiple ? (checked ? chosen.filter((c) => c !== k) : [...chosen, k]) : [k],
                  ),
                )
              }
            />
            <span>{labText(o, lang)}</span>
          </label>
        )
      })}
    </fieldset>
  )
}
