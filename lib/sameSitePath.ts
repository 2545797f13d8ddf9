const base = 'http://same-site.invalid'

/**
 * A path on this site to send someone back to, or `fallback`. Browsers read `/\evil.example`,
 * `//evil.example` and `/%2F/evil.example` as other sites, and skip tabs and newlines inside an
 * address, so anything that is not plainly one path on this site is refused.
 */
export function sameSitePath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return fallback
  if (!value.startsWith('/') || /[\\\s\u0000-\u001f\u007f]/.test(value)) return fallback
  let decoded: string
  try {
    decoded = decodeURIComponent(value)
  } catch {
    return fallback
  }
  if (decoded.startsWith('//') || /[\\\s\u0000-\u001f\u007f]/.test(decoded) || value.startsWith('//')) return fallback
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    return fallback
  }
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback
}
