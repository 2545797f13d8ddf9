import type { FacetValueLabels, SearchQuery, SearchResult } from '../types'

/** The one shape of a search answer, for REST and GraphQL alike. */
export function presentResult(
  query: Omit<SearchQuery, 'access'>,
  result: SearchResult,
  engine: string,
  tookMs: number,
  themeFacet?: string,
  labels?: FacetValueLabels,
) {
  return {
    engine,
    facets: result.facets,
    /** The labels of the counted values, in both languages: `facetLabels.type.interventions.nl`. */
    facetLabels: Object.fromEntries(
      Object.entries(result.facets).map(([facet, counts]) => [
        facet,
        Object.fromEntries(Object.keys(counts).map((value) => [value, labels?.[facet]?.[value] ?? { en: value, nl: value }])),
      ]),
    ),
    hits: result.hits.map(({ document, highlights }) => ({
      highlights,
      id: document.itemId,
      locale: document.locale,
      summary: document.summary,
      themes: themeFacet ? (document.facets[themeFacet] ?? []) : [],
      title: document.title,
      type: document.type,
      updatedAt: document.updatedAt,
      url: document.url,
    })),
    limit: query.limit,
    page: query.page,
    query: query.q,
    tookMs: Math.round(tookMs * 100) / 100,
    total: result.total,
  }
}

export type SearchResponse = ReturnType<typeof presentResult>
