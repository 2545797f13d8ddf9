import type { Payload } from 'payload'

import { knowledgeCollections } from '../../domain/knowledge'
import { type Locale, optionLabels, type SearchFacet, searchFacets } from '../../domain/vocabulary'

type Labels = Record<SearchFacet, Record<string, string>>

/** What people read for each facet value: option labels, theme and municipality names by slug, collection names. */
export async function facetLabels(payload: Payload, locale: Locale): Promise<Labels> {
  const [themes, municipalities] = await Promise.all([
    payload.find({ collection: 'themes', depth: 0, limit: 0, locale, pagination: false, select: { name: true, slug: true } }),
    payload.find({
      collection: 'organisations',
      depth: 0,
      limit: 0,
      locale,
      pagination: false,
      select: { name: true, slug: true },
      where: { type: { equals: 'municipality' } },
    }),
  ])
  const labels = Object.fromEntries(searchFacets.map((facet) => [facet, optionLabels(facet, locale)])) as Labels
  return {
    ...labels,
    municipality: Object.fromEntries(municipalities.docs.map((each) => [each.slug, each.name])),
    theme: Object.fromEntries(themes.docs.map((each) => [each.slug, each.name])),
    type: Object.fromEntries(knowledgeCollections.map((entry) => [entry.slug, entry.labels.singular[locale]])),
  }
}
