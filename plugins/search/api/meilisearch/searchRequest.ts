import type { FacetOptions, SearchLocale, SearchQuery } from '../../types'

import { searchLocales } from '../../types'
import { MeilisearchApiError } from './errors'
import { FilterSyntaxError, parseFilter } from './filterExpression'
import { type StructuredFilter, structuredFilter, unknownAttributes, UnsupportedFilterError } from './structuredFilter'

/** A Meilisearch search request, checked: the engine query and how the answer is to be shaped. */
export type CompatibleSearch = {
  query: Omit<SearchQuery, 'access' | 'limit' | 'page'>
  /** Hits wanted: a window from `offset`, or a page (`finite`), as the caller asked. */
  window: { finite: false; offset: number; limit: number } | { finite: true; page: number; hitsPerPage: number }
  facets: string[]
  highlight?: { attributes: string[]; preTag: string; postTag: string }
  attributesToRetrieve?: string[]
}

/** The parameters this endpoint answers, and those it accepts and ignores (presentation hints). */
const answered = [
  'q',
  'offset',
  'limit',
  'page',
  'hitsPerPage',
  'filter',
  'facets',
  'attributesToRetrieve',
  'attributesToHighlight',
  'highlightPreTag',
  'highlightPostTag',
  'sort',
  'locales',
] as const
const ignored = ['attributesToCrop', 'cropLength', 'cropMarker', 'showMatchesPosition', 'showRankingScore', 'matchingStrategy'] as const

/** Meilisearch's own default: no search reaches beyond the first thousand hits. */
export const maxTotalHits = 1000
const maxQueryLength = 200
const maxTagLength = 100
export const sortableAttribute = 'updatedAt'
/** ISO 639-3, as Meilisearch's `locales` takes them, and our own codes. */
const localeCodes: Record<string, SearchLocale> = { en: 'en', eng: 'en', nl: 'nl', nld: 'nl' }

const invalid = (code: string, message: string) => new MeilisearchApiError(400, code, message)
const list = (names: readonly string[]) => names.map((name) => `\`${name}\``).join(', ')

function wholeNumber(body: Record<string, unknown>, name: string, code: string, fallback: number): number {
  const value = body[name] ?? fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw invalid(code, `Invalid value type at \`.${name}\`: expected a positive integer, but found ${JSON.stringify(value)}.`)
  }
  return value
}

function strings(body: Record<string, unknown>, name: string, code: string): string[] | undefined {
  const value = body[name]
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value) || value.some((each) => typeof each !== 'string') || value.length > 100) {
    throw invalid(code, `Invalid value type at \`.${name}\`: expected an array of at most 100 strings, but found ${JSON.stringify(value)}.`)
  }
  return value as string[]
}

function tag(body: Record<string, unknown>, name: string, code: string, fallback: string): string {
  const value = body[name] ?? fallback
  if (typeof value !== 'string' || value.length > maxTagLength) {
    throw invalid(code, `Invalid value at \`.${name}\`: expected a string of at most ${maxTagLength} characters.`)
  }
  return value
}

function sortOf(body: Record<string, unknown>): SearchQuery['sort'] {
  const sort = strings(body, 'sort', 'invalid_search_sort')
  if (!sort || sort.length === 0) return 'relevance'
  const [first, ...rest] = sort
  const match = /^(.+):(asc|desc)$/.exec(first!)
  if (rest.length > 0 || !match || match[1] !== sortableAttribute) {
    const attribute = match?.[1] ?? first
    throw invalid(
      'invalid_search_sort',
      `Attribute \`${attribute}\` is not sortable, or more than one sort was given. Sort by relevance (leave \`sort\` out) or by one of: \`${sortableAttribute}:desc\`, \`${sortableAttribute}:asc\`.`,
    )
  }
  return match[2] === 'asc' ? 'oldest' : 'newest'
}

function localeOf(body: Record<string, unknown>): SearchLocale {
  const locales = strings(body, 'locales', 'invalid_search_locales')
  if (!locales || locales.length === 0) return 'nl'
  const found = locales.map((each) => localeCodes[each.toLowerCase()]).find((each) => each !== undefined)
  if (!found)
    throw invalid('invalid_search_locales', `Unsupported \`locales\`: this index holds ${searchLocales.join(' and ')} (\`nld\`, \`eng\`).`)
  return found
}

/**
 * Documents hold `locale` as Meilisearch documents would: `locale = en` in a filter chooses the
 * language (InstantSearch's `filters` can set it; its adapter does not pass `locales` on).
 */
const localeAttribute = 'locale'
const localeFacet: FacetOptions = {
  parse: (raw) =>
    raw.every((value) => (searchLocales as readonly string[]).includes(value))
      ? { values: [...raw] }
      : { problem: { message: `expected one of: ${searchLocales.join(', ')}.` }, values: [] },
}

function filterOf(raw: unknown, facets: Record<string, FacetOptions>): { filter: StructuredFilter; locale?: SearchLocale } {
  const filterable = { ...facets, [localeAttribute]: localeFacet }
  let node
  try {
    node = parseFilter(raw)
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw invalid('invalid_search_filter', `Invalid filter: ${error.message}`)
    throw error
  }
  const unknown = node ? unknownAttributes(node, Object.keys(filterable)) : []
  if (unknown.length > 0) {
    throw invalid(
      'invalid_search_filter',
      `Attribute \`${unknown[0]}\` is not filterable. Available filterable attributes are: ${list(Object.keys(filterable))}.`,
    )
  }
  let filter: StructuredFilter
  try {
    filter = structuredFilter(node, filterable)
  } catch (error) {
    if (error instanceof UnsupportedFilterError) throw invalid('invalid_search_filter', `Invalid filter: ${error.message}`)
    throw error
  }
  const { [localeAttribute]: locales, ...filters } = filter.filters
  const { [localeAttribute]: notLocales, ...exclude } = filter.exclude ?? {}
  if (notLocales || (locales && locales.length !== 1)) {
    throw invalid('invalid_search_filter', `Invalid filter: \`locale\` takes exactly one language, as \`locale = nl\` or \`locale = en\`.`)
  }
  return { filter: { exclude, filters }, locale: locales?.[0] as SearchLocale | undefined }
}

/**
 * Checks a Meilisearch search request against what this index can answer: unknown parameters,
 * attributes that are not facets and operators it cannot express are refused, never ignored.
 */
export function parseSearchRequest(
  body: unknown,
  facets: Record<string, FacetOptions>,
  { allowIndexUid = false }: { allowIndexUid?: boolean } = {},
): CompatibleSearch {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new MeilisearchApiError(400, 'bad_request', 'A search request is a JSON object, such as `{ "q": "phishing" }`.')
  }
  const request = body as Record<string, unknown>
  const known: readonly string[] = [...answered, ...ignored, ...(allowIndexUid ? ['indexUid'] : [])]
  for (const name of Object.keys(request)) {
    if (!known.includes(name)) {
      throw new MeilisearchApiError(400, 'bad_request', `Unknown field \`${name}\`: expected one of ${list(known)}.`)
    }
  }

  const q = request.q ?? ''
  if (typeof q !== 'string') throw invalid('invalid_search_q', 'Invalid value type at `.q`: expected a string.')
  if (q.length > maxQueryLength) throw invalid('invalid_search_q', `The search text \`.q\` is longer than ${maxQueryLength} characters.`)

  const facetNames = Object.keys(facets)
  const { filter, locale } = filterOf(request.filter, facets)
  const askedFacets = strings(request, 'facets', 'invalid_search_facets') ?? []
  const notFacets = askedFacets.filter((name) => name !== '*' && !facetNames.includes(name))
  if (notFacets.length > 0) {
    throw invalid(
      'invalid_search_facets',
      `Invalid facet distribution: Attribute \`${notFacets[0]}\` is not filterable. Available filterable attributes are: ${list(facetNames)}.`,
    )
  }

  const finite = request.page !== undefined || request.hitsPerPage !== undefined
  const window: CompatibleSearch['window'] = finite
    ? {
        finite: true,
        hitsPerPage: wholeNumber(request, 'hitsPerPage', 'invalid_search_hits_per_page', 20),
        page: wholeNumber(request, 'page', 'invalid_search_page', 1),
      }
    : {
        finite: false,
        limit: wholeNumber(request, 'limit', 'invalid_search_limit', 20),
        offset: wholeNumber(request, 'offset', 'invalid_search_offset', 0),
      }

  const highlighted = strings(request, 'attributesToHighlight', 'invalid_search_attributes_to_highlight')
  return {
    attributesToRetrieve: strings(request, 'attributesToRetrieve', 'invalid_search_attributes_to_retrieve'),
    facets: askedFacets.includes('*') ? facetNames : askedFacets,
    highlight:
      highlighted && highlighted.length > 0
        ? {
            attributes: highlighted,
            postTag: tag(request, 'highlightPostTag', 'invalid_search_highlight_post_tag', '</em>'),
            preTag: tag(request, 'highlightPreTag', 'invalid_search_highlight_pre_tag', '<em>'),
          }
        : undefined,
    query: { exclude: filter.exclude, filters: filter.filters, locale: locale ?? localeOf(request), q, sort: sortOf(request) },
    window,
  }
}

/** A GET search's query parameters as the request body they stand for (lists comma-separated, as Meilisearch reads them). */
export function searchRequestFromParams(params: URLSearchParams): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  const numbers = new Set(['offset', 'limit', 'page', 'hitsPerPage', 'cropLength'])
  const lists = new Set(['facets', 'attributesToRetrieve', 'attributesToHighlight', 'attributesToCrop', 'sort', 'locales'])
  for (const [name, value] of params) {
    if (numbers.has(name)) body[name] = /^\d+$/.test(value) ? Number(value) : value
    else if (lists.has(name)) body[name] = value === '' ? [] : value.split(',').map((each) => each.trim())
    else if (name === 'showMatchesPosition' || name === 'showRankingScore') body[name] = value === 'true'
    else body[name] = value
  }
  return body
}
