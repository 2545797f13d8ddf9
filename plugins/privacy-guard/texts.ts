import type { Field } from 'payload'

import { richTextToPlain } from '../../lib/richTextToPlain'

export type Text = { path: string; locale?: string; text: string }

type Mode =
  /** Values as saved in the request's language; every guarded field. */
  | { kind: 'current'; locale?: string }
  /** Values read with `locale: 'all'`; only localized fields, in every language but `except`. */
  | { kind: 'otherLocales'; except?: string }

/**
 * Text people wrote: not row ids or the system's bookkeeping (hidden or read-only in the admin
 * panel: thread keys, grants, who last edited), whose random digits can look like a BSN.
 */
const isTextual = (field: Field) =>
  (field.type === 'text' || field.type === 'textarea' || field.type === 'richText') &&
  !('hidden' in field && field.hidden) &&
  !(field.admin && ('hidden' in field.admin ? field.admin.hidden : false)) &&
  !(field.admin && 'readOnly' in field.admin && field.admin.readOnly === true) &&
  !('name' in field && (field.name === 'id' || field.name === 'slug'))

const plain = (field: Field, value: unknown): string => {
  if (field.type === 'richText') return richTextToPlain(value)
  return typeof value === 'string' ? value : ''
}

/**
 * The text of every checked field in an item, with its path (`decisionMoments.0.description`).
 * `all` checks every text field; otherwise only fields that opted in with `custom.privacyGuard`.
 */
export function collectTexts(
  fields: Field[],
  holder: unknown,
  mode: Mode,
  options: { all: boolean; exclude?: Set<string>; prefix?: string },
): Text[] {
  if (!holder || typeof holder !== 'object') return []
  const values = holder as Record<string, unknown>
  const texts: Text[] = []
  for (const field of fields) {
    if (!('name' in field) || !field.name) {
      if ('fields' in field && Array.isArray(field.fields)) texts.push(...collectTexts(field.fields, holder, mode, options))
      continue
    }
    if (!options.prefix && options.exclude?.has(field.name)) continue
    const path = options.prefix ? `${options.prefix}.${field.name}` : field.name
    const value = values[field.name]
    if (isTextual(field) && (options.all || field.custom?.privacyGuard === true)) {
      const localized = 'localized' in field && field.localized
      if (mode.kind === 'current') {
        const text = plain(field, value)
        if (text) texts.push({ locale: localized ? mode.locale : undefined, path, text })
      } else if (localized && value && typeof value === 'object') {
        for (const [locale, each] of Object.entries(value as Record<string, unknown>)) {
          const text = locale === mode.except ? '' : plain(field, each)
          if (text) texts.push({ locale, path, text })
        }
      }
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => texts.push(...collectTexts(field.fields, row, mode, { ...options, prefix: `${path}.${index}` })))
    } else if (field.type === 'group') {
      texts.push(...collectTexts(field.fields, value, mode, { ...options, prefix: path }))
    }
  }
  return texts
}
