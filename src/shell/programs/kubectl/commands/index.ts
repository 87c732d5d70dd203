// The kubectl command table: one line per subcommand. Add a verb in commands/<verb>.ts and list it here.
import type { KubectlCommand } from '../command'
import { getCommand } from './get'
import { describeCommand } from './describe'
import { versionCommand } from './version'
import { configCommand } from './config'
import { apiResourcesCommand } from './apiResources'
import { optionsCommand } from './options'
import { drain } from './drain'
import { cordon } from './cordon'
import { uncordon } from './uncordon'
import { deleteCommand } from './delete'
import { scaleCommand } from './scale'
import { taintCommand } from './taint'
import { labelCommand, annotateCommand } from './label'
import { createCommand } from './create'
import { runCommand } from './run'
import { applyCommand } from './apply'
import { rolloutCommand } from './rollout'

export const COMMANDS: KubectlCommand[] = [
  getCommand,
  describeCommand,
  versionCommand,
  configCommand,
  apiResourcesCommand,
  optionsCommand,
  drain,
  cordon,
  uncordon,
  deleteCommand,
  scaleCommand,
  taintCommand,
  labelCommand,
  annotateCommand,
  createCommand,
  runCommand,
  applyCommand,
  rolloutCommand,
]
