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

/** One municipality's report, as a signed-in reader sees it under the card. */
export type ExperienceEntry = { id: string; municipality: string; from?: string; rating?: number; result?: string; wouldRecommend: boolean }

/**
 * `municipalities` counts each municipality once, however many reports it sent: the figure and
 * the names beneath it always agree.
 */
export type ExperienceSummary = {
  averageRating: number
  entries: ExperienceEntry[]
  municipalities: string[]
  recommendShare: number
  reports: number
}

/** What municipalities report about an intervention, among the experiences this reader may see. */
export async function experiencesOf(
  payload: Payload,
  user: unknown,
  locale: PortalLocale,
  interventionId: string,
): Promise<ExperienceSummary> {
  // What the card shows of each, and of the municipality only its name: at depth 1 each would also bring the whole card along.
  const { docs } = await payload.find({
    collection: 'experiences',
    depth: 1,
    limit: 0,
    locale,
    overrideAccess: false,
    pagination: false,
    populate: { organisations: { name: true } },
    select: { municipality: true, period: true, rating: true, result: true, wouldRecommend: true },
    user: user as never,
    where: { and: [{ intervention: { equals: interventionId } }, { _status: { equals: 'published' } }] },
  })
  const reports = docs.length
  const nameOf = (doc: (typeof docs)[number]) =>
    typeof doc.municipality === 'object' && doc.municipality ? doc.municipality.name : undefined
  return {
    averageRating: reports ? docs.reduce((sum, doc) => sum + (doc.rating ?? 0), 0) / reports : 0,
    entries: docs.map((doc) => ({
      from: doc.period?.from ?? undefined,
      id: String(doc.id),
      municipality: nameOf(doc) ?? '',
      rating: doc.rating ?? undefined,
      result: doc.result ?? undefined,
      wouldRecommend: Boolean(doc.wouldRecommend),
    })),
    municipalities: [...new Set(docs.map(nameOf).filter((name): name is string => Boolean(name)))].sort(),
    recommendShare: reports ? Math.round((100 * docs.filter((doc) => doc.wouldRecommend).length) / reports) : 0,
    reports,
  }
}

/** The reader's municipality's own experience with an intervention, as its form shows it. */
export type OwnExperience = {
  id: string
  /** Where its newest version stands: a change to a published experience is a draft beside it. */
  status: 'draft' | 'in-review' | 'sent-back' | 'published'
  reviewComment?: string
  from?: string
  rating?: number
  reach?: number
  result?: string
  wouldRecommend: boolean
}

/** The experience the reader's municipality recorded for this intervention, newest version first; undefined if none. */
export async function ownExperienceOf(
  payload: Payload,
  user: unknown,
  locale: PortalLocale,
  interventionId: string,
  municipality: string,
): Promise<OwnExperience | undefined> {
  const { docs } = await payload.find({
    collection: 'experiences',
    depth: 0,
    draft: true,
    limit: 1,
    locale,
    overrideAccess: false,
    pagination: false,
    // What the form shows: the card's id would also have the card read again, to check the reader may still see it.
    select: { period: true, rating: true, reach: true, result: true, reviewComment: true, wouldRecommend: true, workflowStatus: true },
    user: user as never,
    where: { and: [{ intervention: { equals: interventionId } }, { municipality: { equals: municipality } }] },
  })
  const doc = docs[0]
  if (!doc) return undefined
  const status = doc.workflowStatus ?? 'draft'
  return {
    from: doc.period?.from ?? undefined,
    id: String(doc.id),
    rating: doc.rating ?? undefined,
    reach: doc.reach ?? undefined,
    result: doc.result ?? undefined,
    reviewComment: doc.reviewComment ?? undefined,
    status,
    wouldRecommend: Boolean(doc.wouldRecommend),
  }
}
