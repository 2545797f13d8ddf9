import type { SearchDocument } from '../types'

/** The values a document has for a facet, as strings (years too). */
export function facetValues(document: SearchDocument, facet: string): string[] {
  if (facet === 'type') return [document.type]
  if (facet === 'year') return [String(document.year)]
  return document.facets[facet] ?? []
}
