import type { AccessScope, FacetName, SearchDocument } from '../types'

/** The values a document has for a facet, as strings (years too). */
export function facetValues(document: SearchDocument, facet: FacetName): string[] {
  if (facet === 'type') return [document.type]
  if (facet === 'year') return [String(document.year)]
  return document.facets[facet]
}

export function allowedBy(access: AccessScope, document: SearchDocument): boolean {
  if (access.kind === 'everything') return true
  if (access.organisation && document.ownerOrganisation === access.organisation) return true
  return access.visibilities.includes(document.visibility)
}

/** Whether a document passes every facet filter except `skip` (for disjunctive facet counts). */
export function passesFilters(
  document: SearchDocument,
  filters: Partial<Record<FacetName, string[]>>,
  skip?: FacetName,
): boolean {
  for (const [facet, wanted] of Object.entries(filters) as Array<[FacetName, string[]]>) {
    if (facet === skip || wanted.length === 0) continue
    const values = facetValues(document, facet)
    if (!wanted.some((value) => values.includes(value))) return false
  }
  return true
}
