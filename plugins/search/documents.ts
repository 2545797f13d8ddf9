import type { PayloadRequest } from 'payload'

import type { IndexedItem, SearchDocument, SearchLocale, SearchPluginOptions } from './types'

import { richTextToPlain } from '../../lib/richTextToPlain'
import { documentId } from './types'

/** The texts at a dot path; through a list (`themes.name`), one per entry. */
function textsAt(value: unknown, path: readonly string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((each) => textsAt(each, path))
  if (path.length === 0) return typeof value === 'string' && value ? [value] : []
  if (!value || typeof value !== 'object') return []
  return textsAt((value as Record<string, unknown>)[path[0]!], path.slice(1))
}

/** The values of every configured facet besides the built-in ones. */
async function facetsOf(item: IndexedItem, options: SearchPluginOptions, req: PayloadRequest): Promise<SearchDocument['facets']> {
  const facets: SearchDocument['facets'] = {}
  for (const [name, facet] of Object.entries(options.facets)) {
    if (facet.valuesOf) facets[name] = await facet.valuesOf(item, req)
  }
  return facets
}

/** A published item, read in `locale` with relations at depth 1, as its search document. */
export async function toSearchDocument(
  type: string,
  item: IndexedItem,
  locale: SearchLocale,
  options: SearchPluginOptions,
  req: PayloadRequest,
): Promise<SearchDocument> {
  const collection = options.collections[type]!
  const sections = collection.textFields.flatMap((path) => textsAt(item, path.split('.')))
  const updatedAt = String(item.updatedAt ?? new Date(0).toISOString())
  const localePrefix = locale === 'nl' ? '' : `/${locale}`
  return {
    body: [richTextToPlain(item.body), ...sections].filter(Boolean).join('\n'),
    facets: await facetsOf(item, options, req),
    grants: options.grantsOf(item),
    id: documentId(type, String(item.id), locale),
    itemId: String(item.id),
    locale,
    summary: String(item.summary ?? ''),
    title: String(item.title ?? ''),
    type,
    updatedAt,
    url: `${localePrefix}${collection.path}/${String(item.slug ?? item.id)}`,
    year: new Date(updatedAt).getUTCFullYear(),
  }
}

/** Every facet name the engine counts, in the order answers list them. */
export const facetNamesOf = (options: SearchPluginOptions): string[] => Object.keys(options.facets)
