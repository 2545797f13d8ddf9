import type { Payload, Where } from 'payload'

import { knowledgeCollections } from '../../domain/knowledge'

/** The collections with a feed: searchable ones that can hold public items (never workshop cases). */
export const feedSlugs = knowledgeCollections
  .filter((entry) => 'search' in entry && entry.allowPublic && entry.sharedFields)
  .map((entry) => entry.slug)

export type FeedSlug = (typeof feedSlugs)[number]

export const isFeedSlug = (value: string): value is FeedSlug => (feedSlugs as readonly string[]).includes(value)

/** How many entries a feed holds: enough for a reader that looks daily, bounded for the server. */
export const feedLength = 50

type Named = { id: string; name?: string | null; slug?: string | null }

export type FeedItem = {
  collection: FeedSlug
  id: string
  slug?: string | null
  title: string
  summary?: string | null
  publishedAt?: string | null
  updatedAt: string
  themes?: Array<Named | string> | null
  ownerOrganisation?: Named | string | null
}

/**
 * The newest public items of these collections, read as an anonymous visitor (so the one read rule
 * decides, not this query), and on top of that limited to what is published and public: a feed
 * is for the open web, even where a rule would one day let anonymous readers see more.
 */
export async function publicItems(
  payload: Payload,
  collections: readonly FeedSlug[],
  locale: 'nl' | 'en',
  where?: Where,
): Promise<FeedItem[]> {
  const perCollection = await Promise.all(
    collections.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        depth: 1,
        limit: feedLength,
        locale,
        overrideAccess: false,
        pagination: false,
        populate: { organisations: { name: true, slug: true }, themes: { name: true, slug: true } } as never,
        select: { ownerOrganisation: true, publishedAt: true, slug: true, summary: true, themes: true, title: true, updatedAt: true },
        sort: '-publishedAt',
        where: { and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'public' } }, ...(where ? [where] : [])] },
      })
      return docs.map((doc) => ({ ...(doc as unknown as Omit<FeedItem, 'collection'>), collection }))
    }),
  )
  const newest = (item: FeedItem) => Date.parse(item.publishedAt ?? item.updatedAt)
  return perCollection
    .flat()
    .sort((a, b) => newest(b) - newest(a) || String(a.id).localeCompare(String(b.id)))
    .slice(0, feedLength)
}
