/** What a client remembers of a response: its entity tag and when it last changed. */
export type Validators = { etag: string; lastModified: Date }

const strip = (tag: string) => tag.trim().replace(/^W\//, '')

/**
 * Whether the client's copy is still current (RFC 9110, 13.1): `If-None-Match` decides when it
 * is sent (a weak comparison, any of a list, or `*`); otherwise `If-Modified-Since`, to the second.
 */
export function isNotModified(headers: Headers, { etag, lastModified }: Validators): boolean {
  const ifNoneMatch = headers.get('if-none-match')
  if (ifNoneMatch !== null) return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => strip(tag) === strip(etag))
  const since = Date.parse(headers.get('if-modified-since') ?? '')
  if (Number.isNaN(since)) return false
  return Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000)
}

/** The headers a cacheable answer and its 304 both carry. */
export const validatorHeaders = ({ etag, lastModified }: Validators): Record<string, string> => ({
  etag,
  'last-modified': lastModified.toUTCString(),
})
