// The line editor the adapter feeds: the shell's LineEditor, built by the store (ui does not import shell).
export { createTerminalEditor as createEditor } from '../../store/terminalEditor'
