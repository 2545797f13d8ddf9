import { slugPattern } from '../../lib/slugify'
import { searchableSlugs } from '../knowledge'
import {
  crimeTypeOptions,
  evidenceLevelOptions,
  interventionRoleOptions,
  type LocalizedText,
  type Option,
  preventionLevelOptions,
  targetGroupOptions,
  valuesOf,
} from './options'

/** Where the values of a classification come from. */
export type ValueSource =
  /** A select field of the item, with its options. */
  | { kind: 'option'; field: string; options: readonly Option[] }
  /** Theme slugs; an item on a sub-theme also counts for its main theme (see `themes.ts`). */
  | { kind: 'theme'; field: string }
  /** Organisation slugs. */
  | { kind: 'organisation'; field: string }
  /** The kind of item: its collection. */
  | { kind: 'collection' }
  /** The year the item last changed. */
  | { kind: 'year' }

export type Classification = { title: LocalizedText; source: ValueSource }

/**
 * The ways knowledge is classified, each with the API parameter name, its title and where its
 * values come from. Search facets, matrix rows, columns and filters, the portal's filter lists
 * and the exports all take these from here, so a name means one thing everywhere.
 */
export const classifications = {
  type: { source: { kind: 'collection' }, title: { en: 'Type', nl: 'Soort' } },
  theme: { source: { field: 'themes', kind: 'theme' }, title: { en: 'Theme', nl: 'Thema' } },
  targetGroup: {
    source: { field: 'targetGroups', kind: 'option', options: targetGroupOptions },
    title: { en: 'Target group', nl: 'Doelgroep' },
  },
  role: { source: { field: 'role', kind: 'option', options: interventionRoleOptions }, title: { en: 'Aimed at', nl: 'Gericht op' } },
  preventionLevel: {
    source: { field: 'preventionLevel', kind: 'option', options: preventionLevelOptions },
    title: { en: 'Prevention level', nl: 'Preventieniveau' },
  },
  crimeType: { source: { field: 'crimeTypes', kind: 'option', options: crimeTypeOptions }, title: { en: 'Crime type', nl: 'Delictsoort' } },
  evidenceLevel: {
    source: { field: 'evidenceLevel', kind: 'option', options: evidenceLevelOptions },
    title: { en: 'Evidence level', nl: 'Erkenningsniveau' },
  },
  municipality: { source: { field: 'municipalities', kind: 'organisation' }, title: { en: 'Municipality', nl: 'Gemeente' } },
  year: { source: { kind: 'year' }, title: { en: 'Year', nl: 'Jaar' } },
} as const satisfies Record<string, Classification>

export type ClassificationName = keyof typeof classifications

/** What search counts and filters on; the names are the parameters of `/api/search`. */
export const searchFacets = [
  'type',
  'theme',
  'targetGroup',
  'role',
  'preventionLevel',
  'evidenceLevel',
  'municipality',
  'year',
] as const satisfies readonly ClassificationName[]
export type SearchFacet = (typeof searchFacets)[number]

/** What the interventions matrix can show as rows and columns. */
export const matrixDimensions = [
  'role',
  'targetGroup',
  'preventionLevel',
  'crimeType',
  'theme',
] as const satisfies readonly ClassificationName[]
export type MatrixDimension = (typeof matrixDimensions)[number]

/** What the matrix can be narrowed by. */
export const matrixFilters = [
  'theme',
  'targetGroup',
  'role',
  'preventionLevel',
  'crimeType',
  'evidenceLevel',
  'municipality',
] as const satisfies readonly ClassificationName[]
export type MatrixFilter = (typeof matrixFilters)[number]

export type Locale = keyof LocalizedText

export const titleOf = (name: ClassificationName, locale: Locale): string => classifications[name].title[locale]

/** What a year filter looks like. */
export const yearPattern = /^(19|20)\d{2}$/

/** Which values a classification takes as a filter, and how a refusal says what is expected. */
function valueRule(name: ClassificationName): { accepts: (value: string) => boolean; expected: string } {
  const source: ValueSource = classifications[name].source
  const oneOf = (values: readonly string[]) => ({
    accepts: (value: string) => values.includes(value),
    expected: `one of: ${values.join(', ')}`,
  })
  switch (source.kind) {
    case 'option':
      return oneOf(valuesOf(source.options))
    case 'theme':
    case 'organisation':
      return { accepts: (value) => slugPattern.test(value), expected: 'a slug such as "den-haag"' }
    case 'collection':
      return oneOf(searchableSlugs)
    case 'year':
      return { accepts: (value) => yearPattern.test(value), expected: 'a year such as 2026' }
  }
}

/** The values a classification takes when they are a fixed list (options, collections); open lists (themes, organisations, years) have none. */
export function closedValues(name: ClassificationName): readonly string[] | undefined {
  const source: ValueSource = classifications[name].source
  if (source.kind === 'option') return valuesOf(source.options)
  if (source.kind === 'collection') return searchableSlugs
  return undefined
}

/** Whether `value` can be a value of this classification, as a filter parameter. */
export const acceptsValue = (name: ClassificationName, value: string): boolean => valueRule(name).accepts(value)

export type FilterProblem = { parameter: string; message: string }

/**
 * The values of one filter parameter (repeated, or separated by commas), or what is wrong with
 * them. Search and the matrix read their filters through this, so they accept the same values.
 */
export function parseFilterValues(name: ClassificationName, raw: readonly string[]): { values: string[]; problem?: FilterProblem } {
  const values = raw
    .flatMap((each) => each.split(','))
    .map((each) => each.trim())
    .filter(Boolean)
  const rule = valueRule(name)
  const wrong = values.filter((value) => !rule.accepts(value))
  if (wrong.length === 0) return { values }
  return { problem: { message: `Unknown ${name} "${wrong.join('", "')}": use ${rule.expected}.`, parameter: name }, values }
}

/** What people read for each value of an option classification, in one language. */
export function optionLabels(name: ClassificationName, locale: Locale): Record<string, string> {
  const source: ValueSource = classifications[name].source
  if (source.kind !== 'option') return {}
  return Object.fromEntries(source.options.map((option) => [option.value, option.label[locale]]))
}

/** The options of an option classification, in their order, as value and label. */
export function optionHeaders(name: ClassificationName, locale: Locale): Array<{ value: string; label: string }> {
  const source: ValueSource = classifications[name].source
  return source.kind === 'option' ? source.options.map((option) => ({ label: option.label[locale], value: option.value })) : []
}

export const isMatrixDimensionName = (value: unknown): value is MatrixDimension => matrixDimensions.includes(value as MatrixDimension)
