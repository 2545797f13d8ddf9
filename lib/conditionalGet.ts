import { createHash } from 'node:crypto'

/** An entity tag for a body: the same bytes give the same tag in every process. */
export const entityTag = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

/** Whether the client already holds this version (If-None-Match names it, weakly or not, or `*`). */
export function isNotModified(headers: Headers, tag: string): boolean {
  const held = headers.get('if-none-match')
  if (!held) return false
  return held.split(',').some((each) => {
    const candidate = each.trim().replace(/^W\//, '')
    return candidate === '*' || candidate === tag
  })
}

/** A JSON answer with an entity tag, or 304 when the client holds it already. */
export function cacheableJson(requestHeaders: Headers, value: unknown, cacheControl: string): Response {
  const body = JSON.stringify(value)
  const tag = entityTag(body)
  const headers = { 'cache-control': cacheControl, etag: tag, vary: 'Accept-Encoding' }
  if (isNotModified(requestHeaders, tag)) return new Response(null, { headers, status: 304 })
  return new Response(body, { headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } })
}
