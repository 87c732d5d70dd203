// The lab engine's public surface: the only module the store, the UI (types) and the CLI import.
/** Build a lab's world and start playing it (the `lab` builtin included). */
export { createLabRuntime } from './create'

/** Parse and validate lab JSON text; throws LabLoadError (one line per problem). */
export { parseLab, validateLab, LabLoadError, formatJsonPath, labIdFromFile } from './load'
/** The world could not be built from the lab's manifests. */
export { LabBuildError } from './build'
export {
  LabRuntime,
  type LabRuntimeOptions,
  type RunOptions,
  type QuestionView,
  type AnswerOutcome,
  type CheckOutcome,
} from './runtime'
/** The `lab` builtin program bound to a runtime (createLabRuntime already adds it). */
export { createLabProgram, LAB_USAGE, LAB_HELP } from './program'
export {
  LabUsageError,
  type QuestionProgress,
  type QuestionState,
  type LabStatus,
} from './progress'
/** The think time a student takes before each command, and the shared way to type one. */
export { THINK_TIME_MS, typeCommand, splitCommands } from './replay'
/** Transcripts: echo each command after the prompt, then its output (CLI piped mode, goldens). */
export { runScript, echoAndRun } from './script'
/** Grading on its own (pure functions of the world and the answer). */
export {
  evaluateCheck,
  describeCheck,
  type CheckContext,
  type CheckResult,
  type CommandRecord,
} from './checks'
export { gradeAnswer } from './questions'
export { replayLab, type ReplayReport, type QuestionReplay } from './labReplay'
export { LAB_FILES } from './catalog'
export * from './schema'
