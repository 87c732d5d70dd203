// Saving and loading the student's state (localStorage-like key/value storage, JSON documents).
// Keys: `cordon.settings` and `cordon.lab.<id>`. A save that does not load is removed and reported.
import {
  migrate,
  SAVE_VERSION,
  validateLabSave,
  validateSettings,
  type LabSave,
  type SettingsSave,
} from './migrations'

/** The part of the Web Storage API the store uses (window.localStorage, or a Map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export const SETTINGS_KEY = 'cordon.settings'
export const labKey = (id: string) => `cordon.lab.${id}`

export type LoadResult<T> = { ok: true; value: T | undefined } | { ok: false; reason: string }

function load<T>(
  storage: KeyValueStorage,
  key: string,
  validate: (v: Record<string, unknown>) => T,
): LoadResult<T> {
  let text: string | null
  try {
    text = storage.getItem(key)
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) }
  }
  if (text === null) return { ok: true, value: undefined }
  try {
    return { ok: true, value: validate(migrate(JSON.parse(text))) }
  } catch (e) {
    try {
      storage.removeItem(key)
    } catch {
      // storage unavailable: nothing more to drop
    }
    return { ok: false, reason: e instanceof Error ? e.message : String(e) }
  }
}

export function loadLabSave(storage: KeyValueStorage, id: string): LoadResult<LabSave> {
  return load(storage, labKey(id), (v) => validateLabSave(v, id))
}

export function loadSettings(storage: KeyValueStorage): LoadResult<SettingsSave> {
  return load(storage, SETTINGS_KEY, validateSettings)
}

/** Write a document; false when storage refused it (quota, private mode). */
export function save(
  storage: KeyValueStorage,
  key: string,
  doc: Omit<LabSave, 'version'> | Omit<SettingsSave, 'version'>,
): boolean {
  try {
    storage.setItem(key, JSON.stringify({ version: SAVE_VERSION, ...doc }))
    return true
  } catch {
    return false
  }
}

/** An in-memory storage (tests, and browsers where localStorage throws). */
export function memoryStorage(
  init: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(init))
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  }
}
