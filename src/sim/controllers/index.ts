// The ordered list of controllers each cluster runs. Order is run order within one instant.
import type { Controller } from './framework'

export function defaultControllers(): Controller[] {
  return []
}
