import type { SearchCollectionOptions, SearchDocument, SearchLocale, SearchableCollection } from './types'

import { richTextToPlain } from '../../src/lib/richTextToPlain'
import { documentId } from './types'

type Item = Record<string, unknown> & { id: string | number; updatedAt?: string }

const valueAt = (item: Item, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], item)

const namesOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap((each) => (each && typeof each === 'object' && 'name' in each && each.name ? [String(each.name)] : []))
    : []

const slugsOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap((each) => (each && typeof each === 'object' && 'slug' in each ? [String(each.slug)] : []))
    : []

const idOf = (value: unknown): string =>
  value && typeof value === 'object' && 'id' in value ? String(value.id) : String(value ?? '')

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value ? [String(value)] : [])

/** A published item, read in `locale` with relations at depth 1, as its search document. */
export function toSearchDocument(
  type: SearchableCollection,
  item: Item,
  locale: SearchLocale,
  options: SearchCollectionOptions,
): SearchDocument {
  const sections = options.textFields.map((path) => valueAt(item, path)).filter((value) => typeof value === 'string')
  const updatedAt = String(item.updatedAt ?? new Date(0).toISOString())
  const localePrefix = locale === 'nl' ? '' : `/${locale}`
  return {
    // Theme names count as text: "ondermijning" finds what is filed under that theme.
    body: [richTextToPlain(item.body), ...sections, ...namesOf(item.themes)].filter(Boolean).join('\n'),
    facets: {
      evidenceLevel: strings(item.evidenceLevel),
      municipality: slugsOf(item.municipalities),
      preventionLevel: strings(item.preventionLevel),
      role: strings(item.role),
      targetGroup: strings(item.targetGroups),
      theme: slugsOf(item.themes),
    },
    id: documentId(type, String(item.id), locale),
    itemId: String(item.id),
    locale,
    ownerOrganisation: idOf(item.ownerOrganisation),
    summary: String(item.summary ?? ''),
    title: String(item.title ?? ''),
    type,
    updatedAt,
    url: `${localePrefix}${options.path}/${String(item.slug ?? item.id)}`,
    visibility: (item.visibility as SearchDocument['visibility']) ?? 'organisation',
    year: new Date(updatedAt).getUTCFullYear(),
  }
}
