import type { AccessScope, SearchQuery } from '../../types'

/**
 * Meilisearch filter expressions, built only from structured, validated values and quoted with
 * escaping: a client never supplies filter syntax.
 */
const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

const anyOf = (attribute: string, values: string[]) => `${attribute} IN [${values.map(quote).join(', ')}]`

export function accessFilter(access: AccessScope): string | undefined {
  if (access.kind === 'everything') return undefined
  return anyOf('grants', access.grants)
}

export function buildFilter(query: SearchQuery, skip?: string): string {
  const clauses = [`locale = ${quote(query.locale)}`]
  const access = accessFilter(query.access)
  if (access) clauses.push(access)
  for (const [facet, values] of Object.entries(query.filters)) {
    if (facet === skip || values.length === 0) continue
    clauses.push(anyOf(facet, values))
  }
  for (const [facet, values] of Object.entries(query.exclude ?? {})) {
    if (values.length > 0) clauses.push(`NOT ${anyOf(facet, values)}`)
  }
  return clauses.join(' AND ')
}
