import type { Payload } from 'payload'

import {
  crimeTypeOptions,
  evidenceLevelOptions,
  interventionRoleOptions,
  preventionLevelOptions,
  targetGroupOptions,
} from '../../collections/fields/options'

export type MatrixLocale = 'nl' | 'en'

/** What rows and columns can show: the intervention card fields that classify it. */
export const matrixDimensions = ['role', 'targetGroup', 'preventionLevel', 'crimeType', 'theme'] as const
export type MatrixDimension = (typeof matrixDimensions)[number]

export const isMatrixDimension = (value: unknown): value is MatrixDimension => matrixDimensions.includes(value as MatrixDimension)

export const dimensionTitles: Record<MatrixLocale, Record<MatrixDimension | 'evidenceLevel' | 'municipality', string>> = {
  en: { crimeType: 'Crime type', evidenceLevel: 'Evidence level', municipality: 'Municipality', preventionLevel: 'Prevention level', role: 'Aimed at', targetGroup: 'Target group', theme: 'Theme' },
  nl: { crimeType: 'Delictsoort', evidenceLevel: 'Erkenningsniveau', municipality: 'Gemeente', preventionLevel: 'Preventieniveau', role: 'Gericht op', targetGroup: 'Doelgroep', theme: 'Thema' },
}

export type Header = { value: string; label: string }

type Option = { label: { en: string; nl: string }; value: string }

const headersOf = (options: Option[], locale: MatrixLocale): Header[] => options.map((option) => ({ label: option.label[locale], value: option.value }))

/** The fixed vocabularies, and for themes the region's top-level themes by slug. */
export async function headersFor(payload: Payload, dimension: MatrixDimension | 'evidenceLevel', locale: MatrixLocale): Promise<Header[]> {
  switch (dimension) {
    case 'role':
      return headersOf(interventionRoleOptions, locale)
    case 'targetGroup':
      return headersOf(targetGroupOptions, locale)
    case 'preventionLevel':
      return headersOf(preventionLevelOptions, locale)
    case 'crimeType':
      return headersOf(crimeTypeOptions, locale)
    case 'evidenceLevel':
      return headersOf(evidenceLevelOptions, locale)
    case 'theme': {
      const { docs } = await payload.find({ collection: 'themes', depth: 0, limit: 0, locale, pagination: false, sort: 'order', where: { parent: { exists: false } } })
      return docs.map((theme) => ({ label: theme.name, value: theme.slug as string }))
    }
  }
}
