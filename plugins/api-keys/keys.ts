import { createHash, randomBytes } from 'node:crypto'

/** Every key starts like this, so it is told apart from a session token and found in logs and code. */
export const keyPrefix = 'wb_'

const keyPattern = /^wb_[A-Za-z0-9_-]{40,}$/

export const isKeyLike = (value: string) => keyPattern.test(value)

/** A new key: 32 random bytes, base64url, behind the prefix. */
export const newKey = () => `${keyPrefix}${randomBytes(32).toString('base64url')}`

/** What is stored of a key: its SHA-256. A key is random, so a fast hash is enough, and the key itself is never kept. */
export const hashOf = (key: string) => createHash('sha256').update(key).digest('hex')

/** The beginning of a key, to recognise it by in lists and logs. */
export const shownPartOf = (key: string) => `${key.slice(0, keyPrefix.length + 6)}…`

/** The key in an Authorization header: `Bearer <key>`, or `<collection> API-Key <key>` as Payload's own keys are sent. */
export function keyInHeader(authorization: string | null | undefined): string | undefined {
  const match = /^(?:Bearer|[a-z-]+ API-Key)\s+(\S+)$/i.exec(authorization?.trim() ?? '')
  const candidate = match?.[1]
  if (!candidate) return undefined
  // A Bearer session token is Payload's; only our keys are ours to check.
  return candidate.startsWith(keyPrefix) || /API-Key/i.test(authorization ?? '') ? candidate : undefined
}
