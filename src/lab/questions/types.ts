// The result of grading an answer to a choice or input question.

/** `invalid` when the answer is not of the right form (not counted as an attempt). */
export type Grade =
  { correct: boolean; invalid?: undefined } | { invalid: string; correct?: undefined }
