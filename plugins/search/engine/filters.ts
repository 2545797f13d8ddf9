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
