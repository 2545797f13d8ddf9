import type { CollectionSlug, Payload } from 'payload'

import type { ApiKeysOptions, KeyCheck, KeyOnUser } from './types'

import { hashOf } from './keys'

/** A key's last use is written at most this often: a busy partner system is not a write per request. */
const lastUseEveryMs = 5 * 60 * 1000

export const keysSlugOf = (options: ApiKeysOptions) => (options.slug ?? 'api-keys') as CollectionSlug

type StoredKey = {
  id: string | number
  name?: string
  scope?: KeyOnUser['scope']
  user?: unknown
  revoked?: boolean
  expiresAt?: string | null
  lastUsedAt?: string | null
}

/** Whether a key is one we issued and may still be used, and whose it is. */
export async function checkKey(
  payload: Payload,
  options: ApiKeysOptions,
  key: string,
  { recordUse = true } = {},
): Promise<KeyCheck & { stored?: StoredKey }> {
  const stored = (await payload.db.findOne({
    collection: keysSlugOf(options),
    where: { keyHash: { equals: hashOf(key) } },
  })) as StoredKey | null
  if (!stored) return { ok: false, reason: 'unknown' }
  if (stored.revoked) return { ok: false, reason: 'revoked' }
  if (stored.expiresAt && Date.parse(stored.expiresAt) <= Date.now()) return { ok: false, reason: 'expired' }
  if (recordUse && (!stored.lastUsedAt || Date.now() - Date.parse(stored.lastUsedAt) > lastUseEveryMs)) {
    // Not awaited: bookkeeping must never delay or fail the request it describes.
    void payload.db
      .updateOne({ collection: keysSlugOf(options), data: { lastUsedAt: new Date().toISOString() }, id: stored.id })
      .catch((error: unknown) => payload.logger.warn({ err: error }, 'api keys: could not record when a key was last used'))
  }
  const user = stored.user && typeof stored.user === 'object' ? (stored.user as { id: unknown }).id : stored.user
  return { keyId: String(stored.id), ok: true, stored, userId: String(user) }
}

/** What a refused key's caller reads, by reason. */
export const refusalFor = (reason: Extract<KeyCheck, { ok: false }>['reason']) =>
  ({
    expired: 'This API key has expired. Ask an administrator for a new one.',
    revoked: 'This API key has been revoked. Ask an administrator for a new one.',
    unknown: 'This API key is not known. Check that it was copied whole, or ask an administrator for a new one.',
  })[reason]
