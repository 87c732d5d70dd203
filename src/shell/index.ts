// The shell's public surface: sessions, running command lines, the program table, the line editor.
export * from './types'
export {
  createSession,
  promptFor,
  homeOf,
  exitHandlers,
  type SessionOptions,
  type ExitHandler,
} from './session'
export { runLine, type RunOptions } from './exec'
export { programs, type ProgramName } from './programs'
export { notSimulated } from './programs/notSimulated'
export { getopt, parseOrUsage, type OptSpec, type Parsed } from './programs/coreutils/common'
export { parse, ParseError, isCompleteCommand, type Script } from './parse/parser'
export { LineEditor, type EditorOutput, type LineEditorOptions } from './line/lineEditor'
export { History } from './line/history'
export {
  createCompleter,
  registerCompleter,
  type Completer,
  type Completion,
  type ProgramCompleter,
} from './line/completion'
/** kubectl's help texts load on first use; a front end fetches them early so no command waits. */
export { loadHelpTexts as preloadKubectlHelp } from './programs/kubectl/help'
