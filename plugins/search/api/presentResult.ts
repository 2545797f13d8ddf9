import type { SearchQuery, SearchResult } from '../types'

/** The one shape of a search answer, for REST and GraphQL alike. */
export function presentResult(
  query: Omit<SearchQuery, 'access'>,
  result: SearchResult,
  engine: string,
  tookMs: number,
  themeFacet?: string,
) {
  return {
    engine,
    facets: result.facets,
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
