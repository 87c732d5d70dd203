// Go error values as kubectl's drain code builds them: plain errors and apimachinery's
// utilerrors.Aggregate (pkg/util/errors/errors.go), and cmdutil.CheckErr's rendering of them.

export type GoError = string | Aggregate

/** utilerrors.NewAggregate: nil (undefined) when empty. */
export function newAggregate(errs: GoError[]): Aggregate | undefined {
  return errs.length ? new Aggregate(errs) : undefined
}

export class Aggregate {
  constructor(readonly errors: GoError[]) {}

  /** aggregate.Error(): one error as itself; several flattened, de-duplicated, in `[a, b]`. */
  toString(): string {
    if (this.errors.length === 1) return errorText(this.errors[0])
    const seen: string[] = []
    const visit = (e: GoError) => {
      if (e instanceof Aggregate) e.errors.forEach(visit)
      else if (!seen.includes(e)) seen.push(e)
    }
    this.errors.forEach(visit)
    return seen.length === 1 ? seen[0] : `[${seen.join(', ')}]`
  }
}

export function errorText(e: GoError): string {
  return typeof e === 'string' ? e : e.toString()
}

/**
 * cmdutil.CheckErr's text for an error (pkg/cmd/util/helpers.go checkErr): aggregates of one are
 * unwrapped once; an aggregate prints each error on its own line without a prefix; anything else
 * gets `error: `.
 */
export function checkErrText(err: GoError): string {
  if (err instanceof Aggregate && err.errors.length === 1) err = err.errors[0]
  if (err instanceof Aggregate) return err.errors.map((e) => `${errorText(e)}\n`).join('')
  return err.startsWith('error: ') ? `${err}\n` : `error: ${err}\n`
}
