// The answer string of a choice question ("2", "1,3") as the lab engine grades it.

export function parseChoice(answer: string): number[] {
  return answer
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0)
}

export function formatChoice(options: number[]): string {
  return [...new Set(options)].sort((a, b) => a - b).join(',')
}
