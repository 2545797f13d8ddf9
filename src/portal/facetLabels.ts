import type { Payload } from 'payload'

import {
  evidenceLevelOptions,
  interventionRoleOptions,
  preventionLevelOptions,
  targetGroupOptions,
} from '../../collections/fields/options'
import { type FacetName } from '../../plugins/search'
import { dictionaryFor, type PortalLocale } from './i18n'

type PortalFacet = FacetName

const facetTitles: Record<PortalLocale, Record<PortalFacet, string>> = {
  en: {
    evidenceLevel: 'Evidence level',
    municipality: 'Municipality',
    preventionLevel: 'Prevention level',
    role: 'Aimed at',
    targetGroup: 'Target group',
    theme: 'Theme',
    type: 'Type',
    year: 'Year',
  },
  nl: {
    evidenceLevel: 'Erkenningsniveau',
    municipality: 'Gemeente',
    preventionLevel: 'Preventieniveau',
    role: 'Gericht op',
    targetGroup: 'Doelgroep',
    theme: 'Thema',
    type: 'Soort',
    year: 'Jaar',
  },
}

export const facetTitle = (locale: PortalLocale, facet: PortalFacet) => facetTitles[locale][facet]

type Labels = Record<PortalFacet, Record<string, string>>

const fromOptions = (options: Array<{ label: { en: string; nl: string }; value: string }>, locale: PortalLocale) =>
  Object.fromEntries(options.map((option) => [option.value, option.label[locale]]))

/** What people read for each facet value: option labels, theme and municipality names by slug. */
export async function facetLabels(payload: Payload, locale: PortalLocale): Promise<Labels> {
  const [themes, municipalities] = await Promise.all([
    payload.find({ collection: 'themes', depth: 0, limit: 0, locale, pagination: false, select: { name: true, slug: true } }),
    payload.find({ collection: 'organisations', depth: 0, limit: 0, locale, pagination: false, select: { name: true, slug: true }, where: { type: { equals: 'municipality' } } }),
  ])
  return {
    evidenceLevel: fromOptions(evidenceLevelOptions, locale),
    municipality: Object.fromEntries(municipalities.docs.map((each) => [each.slug, each.name])),
    preventionLevel: fromOptions(preventionLevelOptions, locale),
    role: fromOptions(interventionRoleOptions, locale),
    targetGroup: fromOptions(targetGroupOptions, locale),
    theme: Object.fromEntries(themes.docs.map((each) => [each.slug, each.name])),
    type: dictionaryFor(locale).collectionNames,
    year: {},
  }
}
