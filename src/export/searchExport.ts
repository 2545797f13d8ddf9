import type { Endpoint, PayloadRequest } from 'payload'

import { anyoneMayAsk } from '../../domain/access'
import type { Locale } from '../../domain/vocabulary'
import { guardedEndpoint } from '../../lib/endpointAccess'
import { recordAuditEvent } from '../../plugins/audit-log'
import { isSearchEngineUnavailable, parseSearchParams, runSearch, type SearchResponse, unavailableMessage } from '../../plugins/search'
import { searchOptions } from '../search/options'
import { publicUrl } from '../env'
import { facetLabels } from '../taxonomy/facetLabels'
import { downloadOptionsOf, exportResponse, refusedDownload } from './format'
import { searchExportDocumentation } from './endpointDocumentation'

/** An export holds at most this many hits: ten pages of the largest page size. */
export const maxExportedHits = 1000
const pageSize = 100

const headers: Record<Locale, string[]> = {
  en: ['Type', 'Title', 'Summary', 'Themes', 'Updated', 'Link'],
  nl: ['Soort', 'Titel', 'Samenvatting', "Thema's", 'Bijgewerkt', 'Link'],
}

/** Every hit of one search, page by page, as the asking user may see them: one /api/search answer holding them all. */
async function allHits(req: PayloadRequest, query: Parameters<typeof runSearch>[2]): Promise<SearchResponse> {
  const hits: SearchResponse['hits'] = []
  let first: SearchResponse | undefined
  for (let page = 1; hits.length < maxExportedHits; page++) {
    const result = await runSearch(req.payload, req.user, { ...query, limit: pageSize, page })
    first ??= result
    hits.push(...result.hits)
    if (result.hits.length < pageSize) break
  }
  return { ...first!, hits: hits.slice(0, maxExportedHits), limit: maxExportedHits, page: 1 }
}

/**
 * GET /api/search/export?format=csv|xlsx|json[&delimiter=semicolon] with the parameters of /api/search: the whole result
 * (up to 1,000 hits), with the same access rules as the search itself.
 */
export const searchExportEndpoint: Endpoint = guardedEndpoint({
  handler: async (req) => {
    const params = new URLSearchParams(req.searchParams)
    const download = downloadOptionsOf(params)
    if (!download.ok) return refusedDownload(download.error)
    const format = { value: download.value.format }
    params.delete('format')
    params.delete('delimiter')
    params.delete('page')
    params.delete('limit')
    const parsed = parseSearchParams(params, searchOptions.facets)
    if (!parsed.ok) return Response.json({ errors: parsed.errors }, { status: 400 })
    const { query } = parsed
    let result
    try {
      result = await allHits(req, query)
    } catch (error) {
      if (!isSearchEngineUnavailable(error)) throw error
      return Response.json({ errors: [{ message: unavailableMessage(error) }] }, { headers: { 'Retry-After': '5' }, status: 503 })
    }
    // The public address, never the request's Host header, which the caller chooses.
    const origin = publicUrl()
    const labels = await facetLabels(req.payload, query.locale)
    const themes = labels.theme
    const items = result.hits.map((hit) => ({
      id: hit.id,
      link: new URL(hit.url, origin).href,
      summary: hit.summary ?? '',
      themes: (hit.themes ?? []).map((slug) => themes[slug] ?? slug),
      title: hit.title ?? '',
      type: hit.type,
      updatedAt: hit.updatedAt,
    }))
    if (req.user) {
      await recordAuditEvent(req, {
        action: 'export',
        collection: 'search',
        comment: `Search results as ${format.value}: ${params.toString()}`,
        title: `${items.length} hits`,
      })
    }
    const names = labels.type
    return exportResponse(download.value, 'zoekresultaten', {
      rows: () => [
        headers[query.locale],
        ...items.map((item) => [
          names[item.type] ?? item.type,
          item.title,
          item.summary,
          item.themes.join('; '),
          item.updatedAt ? new Date(item.updatedAt) : '',
          item.link,
        ]),
      ],
      // The shape of GET /api/search, with every hit on one page: one reader reads both.
      json: () => result,
    })
  },
  method: 'get',
  openapi: searchExportDocumentation,
  path: '/search/export',
  refusal: { forbidden: 'Your account may not export search results.', signIn: 'Sign in to export search results.' },
  rule: anyoneMayAsk,
})
