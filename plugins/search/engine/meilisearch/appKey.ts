import { createHash } from 'node:crypto'

import { type Key, MeilisearchApiError, Meilisearch } from 'meilisearch'

import { SearchEngineRequestError, SearchEngineUnavailableError } from '../errors'

/**
 * What the engine does with Meilisearch (see index.ts), and nothing more: no other indexes, no
 * keys, no dumps, no snapshots. The master key stays with Meilisearch and whoever makes this key.
 */
export const appKeyActions = [
  'search',
  'documents.add',
  'documents.get',
  'documents.delete',
  'indexes.create',
  'indexes.get',
  'indexes.delete',
  'indexes.swap',
  'settings.get',
  'settings.update',
  'tasks.get',
  'version',
] as const

/**
 * The key's uid, the same every time for the same index name: Meilisearch derives a key's value
 * from its uid and the master key, so a key made again (say after a Meilisearch restore) has the
 * same value, and two workspaces sharing one server get different keys.
 */
export function appKeyUid(indexUid: string): string {
  const hex = createHash('sha256').update(`weerbaar app key:${indexUid}`).digest('hex').split('')
  hex[12] = '4'
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  const id = hex.join('')
  return `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20, 32)}`
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((each) => b.includes(each))

const notFound = (error: unknown) => error instanceof MeilisearchApiError && error.response.status === 404

/**
 * Makes sure Meilisearch has the app's key, with exactly `appKeyActions` on the indexes whose
 * names start with `indexUid` (the live index and the one a rebuild fills beside it), and answers
 * its value. Safe to run at every start: an existing key with other rights is replaced.
 */
export async function ensureAppKey({ host, indexUid, masterKey }: { host: string; indexUid: string; masterKey: string }): Promise<Key> {
  const client = new Meilisearch({ apiKey: masterKey, host, timeout: 10_000 })
  const uid = appKeyUid(indexUid)
  const wanted = { actions: [...appKeyActions], indexes: [`${indexUid}*`] }
  try {
    const existing = await client.getKey(uid).catch((error: unknown) => {
      if (notFound(error)) return undefined
      throw error
    })
    if (existing && sameSet(existing.actions, wanted.actions) && sameSet(existing.indexes, wanted.indexes)) return existing
    // A key's rights cannot be changed, only the key replaced; its value stays, being derived from the uid.
    if (existing) await client.deleteKey(uid)
    return await client.createKey({
      ...wanted,
      description: 'Weerbaar app and worker: search and keep the index current. Made by the search-key service.',
      expiresAt: null,
      name: `weerbaar (${indexUid})`,
      uid,
    })
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.response.status < 500)
      throw new SearchEngineRequestError(
        `Meilisearch refused to make the app's key (${error.response.status}: ${error.message}). Is MEILI_MASTER_KEY the master key Meilisearch started with?`,
        { cause: error },
      )
    throw new SearchEngineUnavailableError(`Meilisearch at ${host} did not answer while making the app's key.`, { cause: error })
  }
}
