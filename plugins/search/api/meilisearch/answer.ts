import type { Payload } from 'payload'

import type { SearchDocument, SearchHit, SearchResult } from '../../types'
import type { CompatibleSearch } from './searchRequest'

import { searchAsReader } from '../runSearch'
import { maxTotalHits } from './searchRequest'

/** The engine's page size for one request: a Meilisearch window (offset, limit) spans at most two of them. */
const pageLimit = (size: number) => Math.max(1, Math.min(size, maxTotalHits))

const unescape = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** Our highlights (escaped HTML with <mark>) as Meilisearch gives them: plain text between the caller's tags. */
const retagged = (html: string, preTag: string, postTag: string) =>
  html
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' ? preTag : part === '</mark>' ? postTag : unescape(part)))
    .join('')

/** A hit as a Meilisearch document: the item's fields, its facet values and `type` (its collection). */
function documentOf(document: SearchDocument): Record<string, unknown> {
  return {
    id: document.itemId,
    type: document.type,
    locale: document.locale,
    title: document.title,
    summary: document.summary,
    url: document.url,
    updatedAt: document.updatedAt,
    ...document.facets,
    year: document.year,
  }
}

function hitOf({ document, highlights }: SearchHit, request: CompatibleSearch): Record<string, unknown> {
  const all = documentOf(document)
  const retrieved = request.attributesToRetrieve
  const shown =
    retrieved && !retrieved.includes('*') ? Object.fromEntries(Object.entries(all).filter(([name]) => retrieved.includes(name))) : all
  const highlight = request.highlight
  if (!highlight) return shown
  const wanted = (name: string) => highlight.attributes.includes('*') || highlight.attributes.includes(name)
  const formatted: Record<string, unknown> = { ...shown }
  for (const name of ['title', 'summary', 'body'] as const) {
    if (wanted(name) && (name in shown || name === 'body'))
      formatted[name] = retagged(highlights[name], highlight.preTag, highlight.postTag)
  }
  return { ...shown, _formatted: formatted }
}

/** The hits of the window asked for, from at most two engine pages. */
async function windowOf(payload: Payload, user: unknown, request: CompatibleSearch, offset: number, limit: number) {
  const size = pageLimit(limit)
  const first = Math.floor(offset / size) + 1
  const run = (page: number) => searchAsReader(payload, user, { ...request.query, limit: size, page })
  const answer = await run(first)
  let hits = answer.result.hits
  if (limit > 0 && offset % size !== 0 && offset + limit > first * size && answer.result.total > first * size) {
    hits = [...hits, ...(await run(first + 1)).result.hits]
  }
  const from = offset - (first - 1) * size
  return { ...answer, hits: limit === 0 ? [] : hits.slice(from, from + limit) }
}

function facetStatsOf(request: CompatibleSearch, facets: SearchResult['facets']) {
  if (!request.facets.includes('year')) return undefined
  const years = Object.keys(facets.year ?? {})
    .map(Number)
    .filter(Number.isFinite)
  return years.length === 0 ? {} : { year: { max: Math.max(...years), min: Math.min(...years) } }
}

/** Searches as the reader and answers in Meilisearch's shape, paged the way the request asked. */
export async function answerSearch(payload: Payload, user: unknown, request: CompatibleSearch): Promise<Record<string, unknown>> {
  const started = performance.now()
  const { window } = request
  const offset = window.finite ? Math.max(0, window.page - 1) * window.hitsPerPage : window.offset
  const limit = window.finite ? (window.page === 0 ? 0 : window.hitsPerPage) : window.limit
  // Meilisearch answers nothing past its first thousand hits; so do we, without asking the engine for it.
  const reachable = Math.max(0, Math.min(limit, maxTotalHits - offset))
  const { hits, result } = await windowOf(payload, user, request, Math.min(offset, maxTotalHits), reachable)
  const total = Math.min(result.total, maxTotalHits)
  const facetDistribution = Object.fromEntries(request.facets.map((name) => [name, result.facets[name] ?? {}]))
  const facetStats = facetStatsOf(request, result.facets)
  return {
    hits: hits.map((hit) => hitOf(hit, request)),
    query: request.query.q,
    processingTimeMs: Math.round(performance.now() - started),
    ...(window.finite
      ? {
          hitsPerPage: window.hitsPerPage,
          page: window.page,
          totalHits: total,
          totalPages: window.hitsPerPage === 0 ? 0 : Math.ceil(total / window.hitsPerPage),
        }
      : { estimatedTotalHits: total, limit: window.limit, offset: window.offset }),
    ...(request.facets.length > 0 ? { facetDistribution, ...(facetStats ? { facetStats } : {}) } : {}),
  }
}
