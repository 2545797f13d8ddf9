import { richTextToPlain } from '../../lib/richTextToPlain'

/** Never in an export, even for an admin: sign-in secrets and session bookkeeping. */
const secretKeys = new Set([
  'apiKey',
  'apiKeyIndex',
  'hash',
  'salt',
  'sessions',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
])

const isRichText = (value: unknown) => Boolean(value && typeof value === 'object' && 'root' in value)

/**
 * One document as flat cells: nested fields and languages become "emmie.effect.nl" columns,
 * lists of plain values "a; b", lists of objects JSON and rich text its words.
 */
export function flattenDocument(doc: Record<string, unknown>): Map<string, string> {
  const cells = new Map<string, string>()
  const visit = (value: unknown, path: string) => {
    if (value === null || value === undefined) return cells.set(path, '')
    if (isRichText(value)) return cells.set(path, richTextToPlain(value))
    if (Array.isArray(value)) {
      const plain = value.every((each) => each === null || typeof each !== 'object')
      return cells.set(path, plain ? value.join('; ') : JSON.stringify(value))
    }
    if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) if (!secretKeys.has(key)) visit(child, path ? `${path}.${key}` : key)
      return
    }
    cells.set(path, String(value))
  }
  visit(doc, '')
  return cells
}

/** Documents without their secrets, for the JSON export. */
export function withoutSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutSecrets) as T
  if (value && typeof value === 'object' && !isRichText(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !secretKeys.has(key))
        .map(([key, child]) => [key, withoutSecrets(child)]),
    ) as T
  }
  return value
}
