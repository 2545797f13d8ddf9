import type { Field, PayloadRequest } from 'payload'

import { type Bilingual, callersLanguage } from '../../lib/callersLanguage'
import { findingLabels } from './detect'
import type { LocatedFinding } from './types'

type Language = keyof Bilingual

const labelText = (label: unknown, language: Language): string | undefined => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return (label as Record<string, string>)[language]
  return undefined
}

/** The label a person sees for a field path (`decisionMoments.0.description`), falling back to its name. */
export function fieldLabelAt(fields: Field[], path: string, language: Language): string {
  const names = path.split('.').filter((segment) => !/^\d+$/.test(segment))
  let level: Field[] = fields
  const labels: string[] = []
  for (const name of names) {
    const field = findNamed(level, name)
    if (!field) return path
    labels.push(labelText('label' in field ? field.label : undefined, language) ?? name)
    level = 'fields' in field && Array.isArray(field.fields) ? field.fields : []
  }
  return labels.join(' → ')
}

function findNamed(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (!('name' in field) && 'fields' in field && Array.isArray(field.fields)) {
      const inner = findNamed(field.fields, name)
      if (inner) return inner
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inner = 'name' in tab && tab.name ? (tab.name === name ? (tab as unknown as Field) : undefined) : findNamed(tab.fields, name)
        if (inner) return inner
      }
    }
  }
  return undefined
}

const texts = {
  en: {
    languages: { en: 'English', nl: 'Dutch' } as Record<string, string>,
    finding: (kind: string, masked: string, where: string, canOverride: boolean) =>
      `Personal data: ${kind} "${masked}" in ${where}. Remove or de-identify it and try again${canOverride ? ', or give a reason in privacyReview.overrideReason (Privacy check) to publish anyway' : ''}.`,
    more: (count: number) => `And ${count} more findings like these: check the whole text.`,
    summary: 'Personal data found; remove or de-identify it and try again. Fields',
  },
  nl: {
    languages: { en: 'Engels', nl: 'Nederlands' } as Record<string, string>,
    finding: (kind: string, masked: string, where: string, canOverride: boolean) =>
      `Persoonsgegevens: ${kind} "${masked}" in ${where}. Verwijder of anonimiseer dit en probeer het opnieuw${canOverride ? ', of geef onder Privacycontrole een reden om toch te publiceren' : ''}.`,
    more: (count: number) => `En nog ${count} bevindingen zoals deze: controleer de hele tekst.`,
    summary: 'Persoonsgegevens gevonden; verwijder of anonimiseer ze en probeer het opnieuw. Velden',
  },
}

/**
 * What a refused writer reads, in their language: one message per finding at its field (never the
 * data itself, only its masked form), and a summary for the toast that says what to do.
 */
export function refusalMessages(req: PayloadRequest, fields: Field[], findings: LocatedFinding[], canOverride: boolean, listed: number) {
  const language = callersLanguage(req)
  const words = texts[language]
  // The language of the text only when it is not the one being edited, which the writer sees.
  const languageNote = (locale: string | undefined) => (locale && locale !== req.locale ? ` (${words.languages[locale] ?? locale})` : '')
  const where = (finding: LocatedFinding) => `${fieldLabelAt(fields, finding.path, language)}${languageNote(finding.locale)}`
  const errors = findings.slice(0, listed).map((finding) => ({
    label: fieldLabelAt(fields, finding.path, language),
    message: words.finding(
      findingLabels[finding.kind as keyof typeof findingLabels]?.[language] ?? finding.kind,
      finding.masked,
      where(finding),
      canOverride,
    ),
    path: finding.path,
  }))
  const more = findings.length - errors.length
  if (more > 0)
    errors.push({ label: fieldLabelAt(fields, findings[listed]!.path, language), message: words.more(more), path: findings[listed]!.path })
  const fieldNames = [...new Set(errors.map((error) => error.label))]
  return { errors, summary: `${words.summary}: ${fieldNames.join(', ')}` }
}
