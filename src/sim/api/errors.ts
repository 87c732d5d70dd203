// API errors with the Status reason and code the API server returns.
// kubectl prints them as `Error from server (<Reason>): <message>`.
import type { KindInfo } from './kinds'
import { qualifiedResource } from './kinds'

export type StatusReason =
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Invalid'
  | 'BadRequest'
  | 'TooManyRequests'
  | 'Forbidden'
  | 'MethodNotAllowed'
  | 'InternalError'

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: StatusReason,
    message: string,
  ) {
    super(message)
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

export function notFound(info: KindInfo, name: string): ApiError {
  return new ApiError(404, 'NotFound', `${qualifiedResource(info)} "${name}" not found`)
}

export function alreadyExists(info: KindInfo, name: string): ApiError {
  return new ApiError(409, 'AlreadyExists', `${qualifiedResource(info)} "${name}" already exists`)
}

export function invalid(info: KindInfo, name: string, detail: string): ApiError {
  return new ApiError(422, 'Invalid', `${info.kind} "${name}" is invalid: ${detail}`)
}

/** The text kubectl's CheckErr prints for an API error. */
export function formatApiError(e: ApiError): string {
  return `Error from server (${e.reason}): ${e.message}`
}
