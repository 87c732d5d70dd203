// Fetching what `kubectl get`/`describe` asked for through the API: GET by name, or LIST with the
// namespace and label/field selectors the server applies. Errors are kept per request, the way
// resource.Builder with ContinueOnError collects them. Upstream: cli-runtime pkg/resource/selector.go.
import {
  ApiError,
  isApiError,
  parseLabelSelector,
  SelectorParseError,
  type ApiClient,
  type KObject,
  type KindInfo,
} from '../../../../sim'
import { compileFieldSelector, gvrString } from './fieldSelectors'
import type { ResourceRequest } from './resourceArgs'

export interface FetchOptions {
  namespace: string
  allNamespaces: boolean
  labelSelector: string
  fieldSelector: string
  ignoreNotFound: boolean
}

export interface Fetched {
  info: KindInfo
  objs: KObject[]
}

export interface FetchResult {
  results: Fetched[]
  errors: ApiError[]
}

function badRequest(info: KindInfo, opts: FetchOptions, message: string): ApiError {
  return new ApiError(
    400,
    'BadRequest',
    `Unable to find ${JSON.stringify(gvrString(info))} that match label selector ${JSON.stringify(opts.labelSelector)}, field selector ${JSON.stringify(opts.fieldSelector)}: ${message}`,
  )
}

function listKind(client: ApiClient, info: KindInfo, opts: FetchOptions): KObject[] | ApiError {
  let sel
  try {
    sel = parseLabelSelector(opts.labelSelector)
  } catch (e) {
    if (e instanceof SelectorParseError) return badRequest(info, opts, e.message)
    throw e
  }
  const fields = compileFieldSelector(info, opts.fieldSelector)
  if ('error' in fields) return badRequest(info, opts, fields.error)
  const namespace = info.namespaced && !opts.allNamespaces ? opts.namespace : undefined
  return client
    .list<KObject>(info.kind, { namespace, labelSelector: sel })
    .filter((o) => fields.matches(o))
}

/** Get or list every request in order. */
export function fetchRequests(
  client: ApiClient,
  requests: ResourceRequest[],
  opts: FetchOptions,
): FetchResult {
  const results: Fetched[] = []
  const errors: ApiError[] = []
  for (const req of requests) {
    if (!req.names.length) {
      const r = listKind(client, req.info, opts)
      if (r instanceof ApiError) errors.push(r)
      else results.push({ info: req.info, objs: r })
      continue
    }
    const objs: KObject[] = []
    for (const name of req.names) {
      try {
        objs.push(client.get<KObject>(req.info.kind, opts.namespace, name))
      } catch (e) {
        if (!isApiError(e)) throw e
        if (!(opts.ignoreNotFound && e.reason === 'NotFound')) errors.push(e)
      }
    }
    results.push({ info: req.info, objs })
  }
  return { results, errors }
}
