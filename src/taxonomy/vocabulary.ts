import type { Payload } from 'payload'

import { knowledgeCollection, type SearchableSlug } from '../../domain/knowledge'
import {
  type ClassificationName,
  classifications,
  closedValues,
  fieldOptionLists,
  type LocalizedText,
  matrixDimensions,
  matrixFilters,
  type Option,
  searchFacets,
  yearPattern,
} from '../../domain/vocabulary'
import { graphqlEnumName, valueEnumName } from '../../lib/graphqlEnum'
import { idOf } from '../../lib/idOf'
import { inBothLocales } from '../../lib/localizedText'

/** One value as partners write it (`value`), as GraphQL enums must spell it where that differs, and what people read. */
export type VocabularyValue = {
  value: string
  graphql?: string
  label: LocalizedText
  /** Themes and organisations: the id to use in `where` on relation fields, and a sub-theme's main theme. */
  id?: string
  parent?: string | null
}

export type Vocabulary = {
  name: string
  title: LocalizedText
  /** `classification`: a search, matrix or filter parameter; `field`: the options of a select field. */
  kind: 'classification' | 'field'
  /** Where the name is a parameter: `search` (/api/search, GraphQL search), `matrix-filter`, `matrix-dimension` (rows, columns). */
  parameterOf?: string[]
  /** The GraphQL enum of this parameter, where GraphQL takes it as an enum. */
  graphqlEnum?: string
  /** How an open list's values look when they cannot all be listed (years). */
  pattern?: string
  values: VocabularyValue[]
}

const both = (text: string): LocalizedText => ({ en: text, nl: text })

const optionValue = (option: Option): VocabularyValue => {
  const graphql = graphqlEnumName(option.value)
  return { ...(graphql === option.value ? {} : { graphql }), label: { en: option.label.en, nl: option.label.nl }, value: option.value }
}

/**
 * Themes and organisations as the public reads them: the vocabulary is the same for every caller,
 * so it lists only what anyone may read, and can be cached.
 */
async function publicTaxonomy(payload: Payload) {
  const [themes, organisations] = await Promise.all([
    payload.find({
      collection: 'themes',
      depth: 0,
      limit: 0,
      locale: 'all',
      overrideAccess: false,
      pagination: false,
      select: { name: true, parent: true, slug: true },
      sort: 'order',
      user: null,
    }),
    payload.find({
      collection: 'organisations',
      depth: 0,
      limit: 0,
      overrideAccess: false,
      pagination: false,
      select: { name: true, slug: true, type: true },
      sort: 'name',
      user: null,
    }),
  ])
  const themeSlugs = new Map(themes.docs.map((theme) => [String(theme.id), String(theme.slug)]))
  const parentOf = (parent: unknown) => {
    const id = idOf(parent)
    return id ? (themeSlugs.get(id) ?? null) : null
  }
  return {
    organisations: organisations.docs.map((each) => ({
      id: String(each.id),
      label: both(each.name),
      type: each.type,
      value: String(each.slug),
    })),
    themes: themes.docs.map((each) => ({
      id: String(each.id),
      label: inBothLocales(each.name),
      parent: parentOf(each.parent),
      value: String(each.slug),
    })),
  }
}

type Taxonomy = Awaited<ReturnType<typeof publicTaxonomy>>

function classificationValues(name: ClassificationName, taxonomy: Taxonomy): VocabularyValue[] {
  const source = classifications[name].source
  switch (source.kind) {
    case 'option':
      return source.options.map(optionValue)
    case 'collection':
      return (closedValues(name) ?? []).map((slug) =>
        optionValue({ label: knowledgeCollection(slug as SearchableSlug).labels.singular, value: slug }),
      )
    case 'theme':
      return taxonomy.themes
    case 'organisation':
      return taxonomy.organisations.filter((each) => each.type === 'municipality').map(({ type: _type, ...value }) => value)
    case 'year':
      return []
  }
}

function parametersOf(name: ClassificationName): string[] {
  return [
    ...((searchFacets as readonly string[]).includes(name) ? ['search'] : []),
    ...((matrixFilters as readonly string[]).includes(name) ? ['matrix-filter'] : []),
    ...((matrixDimensions as readonly string[]).includes(name) ? ['matrix-dimension'] : []),
  ]
}

/**
 * Every classification and option list with its values in both languages: what a partner needs
 * to write a filter, read a facet or label a value, in one spelling (GraphQL's noted beside it).
 */
export async function vocabulary(payload: Payload): Promise<Vocabulary[]> {
  const taxonomy = await publicTaxonomy(payload)
  const classified: Vocabulary[] = (Object.keys(classifications) as ClassificationName[]).map((name) => ({
    kind: 'classification',
    name,
    parameterOf: parametersOf(name),
    title: classifications[name].title,
    ...(closedValues(name) ? { graphqlEnum: valueEnumName(name) } : {}),
    ...(classifications[name].source.kind === 'year' ? { pattern: yearPattern.source } : {}),
    values: classificationValues(name, taxonomy),
  }))
  const fields: Vocabulary[] = Object.entries(fieldOptionLists).map(([name, list]) => ({
    kind: 'field',
    name,
    title: list.title,
    values: list.options.map(optionValue),
  }))
  const organisations: Vocabulary = {
    kind: 'field',
    name: 'organisation',
    title: { en: 'Organisation', nl: 'Organisatie' },
    values: taxonomy.organisations.map(({ type: _type, ...value }) => value),
  }
  return [...classified, ...fields, organisations]
}
