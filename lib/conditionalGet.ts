import { createHash } from 'node:crypto'

/** What a client remembers of a response: its entity tag and, where known, when it last changed. */
export type Validators = { etag: string; lastModified?: Date }

/** An entity tag for a body: the same bytes give the same tag in every process. */
export const entityTag = (body: string | Uint8Array) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

const strip = (tag: string) => tag.trim().replace(/^W\//, '')

/**
 * Whether the client's copy is still current (RFC 9110, 13.1): `If-None-Match` decides when it
 * is sent (a weak comparison, any of a list, or `*`); otherwise `If-Modified-Since`, to the second.
 */
export function isNotModified(headers: Headers, { etag, lastModified }: Validators): boolean {
  const ifNoneMatch = headers.get('if-none-match')
  if (ifNoneMatch !== null) return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => strip(tag) === strip(etag))
  const since = Date.parse(headers.get('if-modified-since') ?? '')
  if (!lastModified || Number.isNaN(since)) return false
  return Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000)
}

/** The headers a cacheable answer and its 304 both carry. */
export const validatorHeaders = ({ etag, lastModified }: Validators): Record<string, string> => ({
  etag,
  ...(lastModified ? { 'last-modified': lastModified.toUTCString() } : {}),
})

/** A JSON answer with an entity tag, or 304 when the client holds it already. */
export function cacheableJson(requestHeaders: Headers, value: unknown, cacheControl: string): Response {
  const body = JSON.stringify(value)
  const validators = { etag: entityTag(body) }
  const headers = { 'cache-control': cacheControl, ...validatorHeaders(validators), vary: 'Accept-Encoding' }
  if (isNotModified(requestHeaders, validators)) return new Response(null, { headers, status: 304 })
  return new Response(body, { headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } })
}
