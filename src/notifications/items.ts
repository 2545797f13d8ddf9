import type { CollectionSlug, Payload } from 'payload'

import type { MailLanguage } from '../../domain/notifications'
import type { ItemRef } from './readers'

import { knowledgeCollection, isKnowledgeSlug } from '../../domain/knowledge'
import { isNotifiableSlug } from '../../domain/notifications'
import { idOf, idsOf } from '../../lib/idOf'
import { richTextToPlain } from '../../lib/richTextToPlain'
import { publicUrl } from '../env'
import { hrefIn, itemHref, portalPaths } from '../portalAddresses'

type Localized = Partial<Record<MailLanguage, string | null>> | string | null | undefined

const inLanguage = (value: Localized, language: MailLanguage): string => {
  if (!value) return ''
  if (typeof value === 'string') return value
  return value[language] || value.nl || value.en || ''
}

/** What notifications and mails say about an item: read by the system, shown only to readers it is checked for. */
export type ItemFacts = {
  ref: ItemRef
  title: (language: MailLanguage) => string
  summary: (language: MailLanguage) => string
  /** Its page in the portal, or for an experience its card's page; drafts open in the admin panel. */
  link: (language: MailLanguage) => string
  adminLink: string
  themes: string[]
  /** The groups an item belongs to (shared with, or a lesson's City Deal project): their followers hear of it if they may read it. */
  groups: string[]
  ownerOrganisation?: string
  /** A question's organisations it is asked of. */
  concerns?: string[]
  /** Who wrote it: its creator and whoever submitted it. */
  authors: string[]
  /** An experience's municipality and the organisation that owns its card. */
  municipality?: (language: MailLanguage) => string
  intervention?: string
  interventionOwner?: string
  reviewBy?: string
  publishedAt?: string
  publishedBy?: string
}

export type Stored = Record<string, unknown> & { id: string | number }

const findAll = (payload: Payload, collection: string, id: string, draft: boolean) =>
  payload.findByID({
    collection: collection as CollectionSlug,
    depth: 0,
    disableErrors: true,
    draft,
    id,
    locale: 'all',
    overrideAccess: true,
  }) as Promise<Stored | null>

/**
 * An item as it is now (its latest draft when `draft`), with the titles and summaries of both
 * languages. Undefined when it no longer exists.
 */
export async function itemFacts(payload: Payload, ref: ItemRef, { draft = false } = {}): Promise<ItemFacts | undefined> {
  if (!isNotifiableSlug(ref.collection)) return undefined
  const doc = await findAll(payload, ref.collection, ref.id, draft)
  return doc ? factsOf(payload, ref.collection, doc) : undefined
}

/** The facts of an item already read with `locale: 'all'`. */
export async function factsOf(payload: Payload, collection: string, doc: Stored): Promise<ItemFacts> {
  const ref = { collection, id: String(doc.id) }
  const adminLink = `${publicUrl()}/admin/collections/${ref.collection}/${ref.id}`
  const authors = [idOf(doc.createdBy), idOf(doc.submittedBy), idOf(doc.askedBy)].filter((id): id is string => Boolean(id))
  const base = {
    adminLink,
    authors: [...new Set(authors)],
    ownerOrganisation: idOf(doc.ownerOrganisation),
    publishedAt: typeof doc.publishedAt === 'string' ? doc.publishedAt : undefined,
    publishedBy: idOf(doc.publishedBy),
    ref,
    reviewBy: typeof doc.reviewBy === 'string' ? doc.reviewBy : undefined,
    themes: idsOf(doc.themes),
    groups: [...new Set([...idsOf(doc.groups), ...idsOf([doc.cityDealProject])])],
  }
  if (ref.collection === 'experiences') {
    const interventionId = idOf(doc.intervention)
    const municipalityId = idOf(doc.municipality)
    const [intervention, municipality] = await Promise.all([
      interventionId ? findAll(payload, 'interventions', interventionId, false) : null,
      municipalityId ? findAll(payload, 'organisations', municipalityId, false) : null,
    ])
    return {
      ...base,
      intervention: interventionId,
      interventionOwner: idOf(intervention?.ownerOrganisation),
      link: (language) =>
        intervention?.slug ? `${publicUrl()}${itemHref(language, 'interventions', String(intervention.slug))}` : adminLink,
      municipality: (language) => inLanguage(municipality?.name as Localized, language),
      summary: (language) => inLanguage(doc.result as Localized, language).slice(0, 400),
      title: (language) => inLanguage(intervention?.title as Localized, language) || inLanguage(doc.title as Localized, language),
    }
  }
  if (ref.collection === 'questions') {
    const body = richTextToPlain(doc.body)
    return {
      ...base,
      concerns: Array.isArray(doc.concerns) ? doc.concerns.map((each) => idOf(each)).filter((id): id is string => Boolean(id)) : [],
      link: (language) => `${publicUrl()}${hrefIn(language, portalPaths.question(ref.id))}`,
      summary: () => body.slice(0, 400),
      title: () => String(doc.title ?? ''),
    }
  }
  if (ref.collection === 'workshop-sessions') {
    return {
      ...base,
      link: (language) => `${publicUrl()}${hrefIn(language, portalPaths.recommendations)}`,
      summary: () => '',
      title: () => String(doc.title ?? ''),
    }
  }
  const hasPage = isKnowledgeSlug(collection) && 'portalPath' in knowledgeCollection(collection) && typeof doc.slug === 'string'
  return {
    ...base,
    link: (language) => (hasPage ? `${publicUrl()}${itemHref(language, ref.collection, String(doc.slug))}` : adminLink),
    summary: (language) => inLanguage(doc.summary as Localized, language),
    title: (language) => inLanguage(doc.title as Localized, language),
  }
}
