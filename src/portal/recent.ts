import type { Payload, Where } from 'payload'

import type { PortalLocale } from './i18n'

import { type PortalSlug, portalSlugs } from '../../domain/knowledge'

export type PortalItem = {
  collection: PortalSlug
  id: string
  slug?: string
  title: string
  summary?: string
  publishedAt?: string
  updatedAt: string
}

/**
 * The newest published items the reader may see, across the knowledge collections. Drafts
 * belong in the admin panel, not on the portal, even for their own organisation.
 */
export async function recentItems(
  payload: Payload,
  user: unknown,
  locale: PortalLocale,
  { limit, since, sort, where }: { limit: number; since?: Date; sort: 'publishedAt' | 'updatedAt'; where?: Where },
): Promise<PortalItem[]> {
  const perCollection = await Promise.all(
    portalSlugs.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        depth: 0,
        limit,
        locale,
        overrideAccess: false,
        pagination: false,
        select: { publishedAt: true, slug: true, summary: true, title: true, updatedAt: true },
        sort: `-${sort}`,
        user: user as never,
        where: {
          and: [
            { _status: { equals: 'published' } },
            ...(since ? [{ [sort]: { greater_than: since.toISOString() } }] : []),
            ...(where ? [where] : []),
          ],
        },
      })
      return docs.map((doc) => ({ ...(doc as unknown as Omit<PortalItem, 'collection'>), collection }))
    }),
  )
  return perCollection
    .flat()
    .sort((a, b) => String(b[sort] ?? '').localeCompare(String(a[sort] ?? '')))
    .slice(0, limit)
}
