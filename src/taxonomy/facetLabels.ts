import type { Payload } from 'payload'

import { knowledgeCollections } from '../../domain/knowledge'
import { type Locale, optionLabels, type SearchFacet, searchFacets } from '../../domain/vocabulary'
import type { Bilingual } from '../../lib/callersLanguage'
import { inBothLocales } from '../../lib/localizedText'
import { sharedCommitCounter } from '../database/commitCounter'

type Labels = Record<SearchFacet, Record<string, string>>

/** What people read for each facet value, in one language: option labels, theme and municipality names by slug, collection names. */
export async function facetLabels(payload: Payload, locale: Locale): Promise<Labels> {
  const both = await facetLabelsInBothLocales(payload)
  return Object.fromEntries(
    Object.entries(both).map(([facet, labels]) => [
      facet,
      Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, label[locale]])),
    ]),
  ) as Labels
}

type Named = { name?: unknown; slug?: unknown }
type BothLabels = Record<SearchFacet, Record<string, Bilingual>>

const bothNames = (docs: Named[]) => Object.fromEntries(docs.map((each) => [String(each.slug), inBothLocales(each.name)]))

const kept = new WeakMap<Payload, { commits: number; labels: Promise<BothLabels> }>()

/**
 * The labels of `facetLabels` in Dutch and English at once, read again only after a commit (a
 * theme or municipality renamed): every search needs them, and they are two lists of names.
 */
export function facetLabelsInBothLocales(payload: Payload): Promise<BothLabels> {
  const commits = sharedCommitCounter()?.read()
  if (commits === undefined) return readFacetLabels(payload)
  const known = kept.get(payload)
  if (known?.commits === commits) return known.labels
  const labels = readFacetLabels(payload)
  kept.set(payload, { commits, labels })
  labels.catch(() => {
    if (kept.get(payload)?.labels === labels) kept.delete(payload)
  })
  return labels
}

/** Each name list is read once in every locale instead of once per locale. */
async function readFacetLabels(payload: Payload): Promise<BothLabels> {
  const [themes, municipalities] = await Promise.all([
    payload.find({ collection: 'themes', depth: 0, limit: 0, locale: 'all', pagination: false, select: { name: true, slug: true } }),
    payload.find({
      collection: 'organisations',
      depth: 0,
      limit: 0,
      locale: 'all',
      pagination: false,
      select: { name: true, slug: true },
      where: { type: { equals: 'municipality' } },
    }),
  ])
  const both = (facet: SearchFacet) => {
    const [nl, en] = [optionLabels(facet, 'nl'), optionLabels(facet, 'en')]
    return Object.fromEntries(Object.entries(nl).map(([value, label]) => [value, { en: en[value] ?? label, nl: label }]))
  }
  return {
    ...(Object.fromEntries(searchFacets.map((facet) => [facet, both(facet)])) as BothLabels),
    municipality: bothNames(municipalities.docs as Named[]),
    theme: bothNames(themes.docs as Named[]),
    type: Object.fromEntries(knowledgeCollections.map(({ labels, slug }) => [slug, { en: labels.singular.en, nl: labels.singular.nl }])),
  }
}
