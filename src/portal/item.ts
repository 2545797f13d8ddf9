import type { Payload } from 'payload'

import type { PortalSlug } from '../../domain/knowledge'
import type { PortalLocale } from './i18n'

/** A published item by slug, as this reader may see it (fields they may not read are absent). */
export async function publishedItem(payload: Payload, user: unknown, locale: PortalLocale, collection: PortalSlug, slug: string) {
  const { docs } = await payload.find({
    collection,
    depth: 1,
    limit: 1,
    locale,
    overrideAccess: false,
    pagination: false,
    user: user as never,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
  })
  return docs[0] as unknown as Record<string, any> | undefined
}

export type ExperienceSummary = { count: number; averageRating: number; recommendShare: number; municipalities: string[] }

/** What municipalities report about an intervention, among the experiences this reader may see. */
export async function experiencesOf(
  payload: Payload,
  user: unknown,
  locale: PortalLocale,
  interventionId: string,
): Promise<ExperienceSummary> {
  const { docs } = await payload.find({
    collection: 'experiences',
    depth: 1,
    limit: 0,
    locale,
    overrideAccess: false,
    pagination: false,
    user: user as never,
    where: { and: [{ intervention: { equals: interventionId } }, { _status: { equals: 'published' } }] },
  })
  const count = docs.length
  const names = docs.map((doc) => (typeof doc.municipality === 'object' && doc.municipality ? doc.municipality.name : undefined))
  return {
    averageRating: count ? docs.reduce((sum, doc) => sum + (doc.rating ?? 0), 0) / count : 0,
    count,
    municipalities: [...new Set(names.filter((name): name is string => Boolean(name)))].sort(),
    recommendShare: count ? Math.round((100 * docs.filter((doc) => doc.wouldRecommend).length) / count) : 0,
  }
}
