import type { SearchPluginOptions, SearchQuery } from '../types'

import { searchLocales } from '../types'

export type ParamError = { parameter: string; message: string }

const wholeNumber = (raw: string | null, fallback: number) => (raw === null || raw === '' ? fallback : Number(raw))

/**
 * Turns query parameters into a search, or says which parameters are wrong. Filters are only
 * ever structured values checked by their facet: nothing reaches an engine as raw syntax.
 */
export function parseSearchParams(
  params: URLSearchParams,
  facets: SearchPluginOptions['facets'],
): { ok: true; query: Omit<SearchQuery, 'access'> } | { ok: false; errors: ParamError[] } {
  const known = new Set<string>(['q', 'locale', 'sort', 'page', 'limit', ...Object.keys(facets)])
  const errors: ParamError[] = []
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) {
      errors.push({ message: `Unknown parameter "${name}". Use one of: ${[...known].join(', ')}.`, parameter: name })
    }
  }
  const single = (name: string) => {
    const values = params.getAll(name)
    if (values.length > 1) errors.push({ message: `Give "${name}" once.`, parameter: name })
    return values[0] ?? null
  }

  const q = single('q') ?? ''
  if (q.length > 200) errors.push({ message: 'The search text is longer than 200 characters.', parameter: 'q' })

  const locale = single('locale') ?? 'nl'
  if (!(searchLocales as readonly string[]).includes(locale)) {
    errors.push({ message: `locale must be one of: ${searchLocales.join(', ')}.`, parameter: 'locale' })
  }

  const sort = single('sort') ?? 'relevance'
  if (sort !== 'relevance' && sort !== 'newest' && sort !== 'oldest') {
    errors.push({ message: 'sort must be "relevance", "newest" or "oldest".', parameter: 'sort' })
  }

  const page = wholeNumber(single('page'), 1)
  if (!Number.isInteger(page) || page < 1 || page > 1000) {
    errors.push({ message: 'page must be a whole number from 1 to 1000.', parameter: 'page' })
  }
  const limit = wholeNumber(single('limit'), 20)
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    errors.push({ message: 'limit must be a whole number from 1 to 100.', parameter: 'limit' })
  }

  const filters: SearchQuery['filters'] = {}
  for (const [name, facet] of Object.entries(facets)) {
    const raw = params.getAll(name)
    if (raw.length === 0) continue
    const { problem, values } = facet.parse(raw)
    if (problem) errors.push({ message: problem.message, parameter: name })
    if (values.length > 0) filters[name] = values
  }

  if (errors.length > 0) return { errors, ok: false }
  return {
    ok: true,
    query: { filters, limit, locale: locale as SearchQuery['locale'], page, q, sort: sort as SearchQuery['sort'] },
  }
}
