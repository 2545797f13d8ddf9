import type { CollectionSlug, Payload } from 'payload'

import type { MailLanguage } from '../../../domain/notifications'
import type { ItemFacts, Stored } from '../items'
import type { Reader } from '../readers'
import type { DigestPeriod } from './periods'

import { knowledgeSlugs } from '../../../domain/knowledge'
import { followKeyOf } from '../../../domain/notifications'
import { themeTreeOf } from '../../taxonomy/themeTree'
import { factsOf } from '../items'
import { readableItemsFor, refKey } from '../readers'
import { followKeysOf } from '../recipients'

export type DigestEntry = { themeId?: string; item: ItemFacts }
export type DigestContent = { theme: string; items: ItemFacts[] }[]

/** Items made live in the period, in every knowledge collection, read by the system with both languages. */
async function publishedIn(payload: Payload, period: Pick<DigestPeriod, 'from' | 'until'>): Promise<ItemFacts[]> {
  const items: ItemFacts[] = []
  for (const collection of knowledgeSlugs) {
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      depth: 0,
      limit: 0,
      locale: 'all',
      overrideAccess: true,
      pagination: false,
      sort: 'publishedAt',
      where: {
        and: [
          { _status: { equals: 'published' } },
          { publishedAt: { greater_than_equal: period.from.toISOString() } },
          { publishedAt: { less_than: period.until.toISOString() } },
        ],
      },
    })
    for (const doc of docs) items.push(await factsOf(payload, collection, doc as unknown as Stored))
  }
  return items
}

/**
 * What is new in a period for any number of readers: the items made live in it, which follow
 * keys find each, and the theme names, loaded once; then per reader only set lookups and their
 * access (shared by every reader whose read rule answers alike).
 */
export async function digestSource(payload: Payload, period: Pick<DigestPeriod, 'from' | 'until'>) {
  const items = await publishedIn(payload, period)
  const tree = await themeTreeOf(payload)
  const { docs: themes } = await payload.find({
    collection: 'themes',
    depth: 0,
    limit: 0,
    locale: 'all',
    overrideAccess: true,
    pagination: false,
  })
  const themeNames = new Map(themes.map((theme) => [String(theme.id), theme.name as unknown as Partial<Record<MailLanguage, string>>]))
  const byKey = new Map<string, ItemFacts[]>()
  for (const item of items) {
    for (const key of [...followKeysOf(tree, item), followKeyOf(item.ref.collection, item.ref.id)])
      byKey.set(key, [...(byKey.get(key) ?? []), item])
  }
  const readable = readableItemsFor(
    payload,
    items.map((item) => item.ref),
  )
  const themeName = (id: string | undefined, language: MailLanguage, fallback: string) => {
    const names = id ? themeNames.get(id) : undefined
    return names?.[language] || names?.nl || fallback
  }

  /** The digest of one reader who follows these keys: grouped by main theme, in their language; empty when nothing is new. */
  const digestFor = async (reader: Reader, followKeys: Iterable<string>, other: string): Promise<DigestContent> => {
    const found = new Map<string, ItemFacts>()
    for (const key of followKeys) for (const item of byKey.get(key) ?? []) found.set(refKey(item.ref), item)
    if (found.size === 0) return []
    const allowed = await readable(reader)
    const groups = new Map<string, ItemFacts[]>()
    for (const [key, item] of found) {
      // Nobody is told what they did themselves.
      if (!allowed.has(key) || item.publishedBy === String(reader.id)) continue
      const mainTheme = item.themes.length > 0 ? tree.mainThemeOf(item.themes[0]!)?.id : undefined
      const name = themeName(mainTheme, reader.language, other)
      groups.set(name, [...(groups.get(name) ?? []), item])
    }
    return [...groups.entries()]
      .sort(([a], [b]) => (a === other ? 1 : b === other ? -1 : a.localeCompare(b, reader.language)))
      .map(([theme, each]) => ({ items: each, theme }))
  }

  return { digestFor, items }
}

/** What each of these readers follows, as follow keys. */
export async function followKeysByUser(payload: Payload, userIds: (string | number)[]): Promise<Map<string, Set<string>>> {
  const keys = new Map<string, Set<string>>()
  if (userIds.length === 0) return keys
  const { docs } = await payload.find({
    collection: 'follows',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { targetKey: true, user: true },
    where: { user: { in: userIds } },
  })
  for (const doc of docs) {
    const user = String(typeof doc.user === 'object' && doc.user ? doc.user.id : doc.user)
    if (!keys.has(user)) keys.set(user, new Set())
    if (doc.targetKey) keys.get(user)!.add(doc.targetKey)
  }
  return keys
}
