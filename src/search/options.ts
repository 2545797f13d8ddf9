import type { FacetOptions, SearchPluginOptions } from '../../plugins/search'

import {
  adminsMayChange,
  anyoneMayAsk,
  collectionRules,
  grantsFor,
  grantsOf,
  isCurator,
  type SessionUser,
  systemField,
} from '../../domain/access'
import { knowledgeCollection, searchableSlugs } from '../../domain/knowledge'
import { classifications, closedValues, parseFilterValues, searchFacets, type SearchFacet, type ValueSource } from '../../domain/vocabulary'
import { meilisearchSettings, searchIndexName, workerIdleCeilingMs } from '../env'
import { metrics, recordLooks } from '../observability/metrics'
import { facetLabelsInBothLocales } from '../taxonomy/facetLabels'
import { themeTreeOf } from '../taxonomy/themeTree'

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value ? [String(value)] : [])

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).map((each) => String(each && typeof each === 'object' && 'id' in each ? each.id : each))

const slugsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap((each) => (each && typeof each === 'object' && 'slug' in each ? [String(each.slug)] : [])) : []

/** How the index reads a classification's values from an item (relations populated one level). */
function valuesReader(source: ValueSource): FacetOptions['valuesOf'] {
  switch (source.kind) {
    case 'option':
      return (item) => strings(item[source.field])
    case 'theme':
      return async (item, req) => (await themeTreeOf(req.payload, req)).slugsCountedFor(idsOf(item[source.field]))
    case 'organisation':
      return (item) => slugsOf(item[source.field])
    case 'collection':
    case 'year':
      return undefined
  }
}

const facet = (name: SearchFacet): FacetOptions => ({
  parse: (raw) => parseFilterValues(name, raw),
  values: closedValues(name),
  valuesOf: valuesReader(classifications[name].source),
})

const changed = (before: unknown, after: unknown) => JSON.stringify(before ?? null) !== JSON.stringify(after ?? null)

/**
 * Search over the knowledge collections the registry marks searchable, with the vocabulary's
 * facets and the access rules' view of who may see what.
 */
export const searchOptions: SearchPluginOptions = {
  access: { rebuild: adminsMayChange, search: anyoneMayAsk, synonyms: collectionRules['search-synonyms'], systemOnly: systemField },
  accessScope: (user) => {
    const reader = user as SessionUser | null | undefined
    if (isCurator(reader)) return { kind: 'everything' }
    return { kind: 'restricted', grants: grantsFor(reader) }
  },
  grantsOf: (item) => grantsOf(item as Parameters<typeof grantsOf>[0]),
  collections: Object.fromEntries(
    searchableSlugs.map((slug) => {
      const registered = knowledgeCollection(slug)
      // Theme names count as text: "ondermijning" finds what is filed under that theme.
      return [slug, { path: registered.portalPath, textFields: [...registered.search.textFields, 'themes.name'] }]
    }),
  ),
  dependents: {
    // A theme renamed or moved changes the theme facet and text of its items and its sub-themes' items.
    organisations: ({ doc, previousDoc }) =>
      previousDoc && changed(previousDoc.slug, doc.slug) ? { municipalities: { in: [String(doc.id)] } } : undefined,
    themes: async ({ doc, previousDoc, req }) => {
      if (!previousDoc || !['name', 'parent', 'slug'].some((field) => changed(previousDoc[field], doc[field]))) return undefined
      const tree = await themeTreeOf(req.payload)
      return { themes: { in: [String(doc.id), ...tree.idsFoundBy([String(doc.slug)]), ...tree.idsFoundBy([String(previousDoc.slug)])] } }
    },
  },
  engine: { meilisearch: meilisearchSettings() },
  facets: Object.fromEntries(searchFacets.map((name) => [name, facet(name)])),
  facetLabels: facetLabelsInBothLocales,
  meilisearchApi: { index: searchIndexName() },
  onSearched: ({ engine, seconds }) => metrics.searchDuration.observe({ engine }, seconds),
  onWorkerLook: recordLooks('search'),
  themeFacet: 'theme',
  workerIdleCeilingMs: workerIdleCeilingMs(),
}
