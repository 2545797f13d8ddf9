import type { Field, Option } from 'payload'

import { type ImportableSlug, importableSlugs, isImportableSlug } from '../../domain/knowledge'
import { workflowStatusOptions } from '../../domain/workflow'
import { extraHeaders } from './extraHeaders'
import { workflowFieldNames } from '../../plugins/editorial-workflow'
import { privacyReviewFieldName } from '../../plugins/privacy-guard'
import { type ImportLocale, normalizeHeader } from './headerNames'

export type { ImportLocale }

export const importableCollections = importableSlugs
export type ImportableCollection = ImportableSlug
export const isImportableCollection = isImportableSlug

type Label = { en: string; nl: string }
type Choice = { value: string; names: string[] }

export type ColumnKind =
  | { type: 'text'; maxLength?: number }
  | { type: 'number'; min?: number; max?: number }
  | { type: 'date' }
  | { type: 'checkbox' }
  | { type: 'richText' }
  | { type: 'select'; hasMany: boolean; choices: Choice[] }
  | { type: 'relationship'; hasMany: boolean; relationTo: 'themes' | 'organisations' }
  | { type: 'status'; choices: Choice[] }

/** One column an import understands: a field (in one language, for a localized field). */
export type ColumnSpec = {
  /** Where the value goes: ['emmie', 'effect'], or ['_status'] for the status column. */
  path: string[]
  locale?: ImportLocale
  kind: ColumnKind
  required: boolean
  /** The header the reports use, as the Dutch template writes it. */
  header: string
  /** Every normalized header that means this column. */
  accepts: Set<string>
}

/** Fields people type into a spreadsheet; the system's own bookkeeping is never imported. */
const notImported = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'fromComment',
  'editedBy',
  'editedByName',
  ...workflowFieldNames,
  privacyReviewFieldName,
])
/** Filled by hooks when empty, so a file need not have them. */
const filledWhenEmpty = new Set(['slug', 'ownerOrganisation', 'reviewBy'])

const labelOf = (field: { label?: unknown; name: string }): Label => {
  const label = field.label
  if (label && typeof label === 'object' && 'nl' in label && 'en' in label) return label as Label
  if (typeof label === 'string') return { en: label, nl: label }
  return { en: field.name, nl: field.name }
}

const choicesOf = (options: readonly (Option | string)[] | Array<{ label: unknown; value: string }>): Choice[] =>
  (options as Array<Option | string>).map((option) => {
    if (typeof option === 'string') return { names: [option], value: option }
    const label = labelOf({ label: option.label, name: option.value })
    return { names: [option.value, label.nl, label.en], value: option.value }
  })

function kindOf(field: Field): ColumnKind | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
      return { maxLength: 'maxLength' in field ? field.maxLength : undefined, type: 'text' }
    case 'number':
      return { max: field.max, min: field.min, type: 'number' }
    case 'date':
      return { type: 'date' }
    case 'checkbox':
      return { type: 'checkbox' }
    case 'richText':
      return { type: 'richText' }
    case 'select':
      return { choices: choicesOf(field.options), hasMany: Boolean(field.hasMany), type: 'select' }
    case 'relationship':
      return field.relationTo === 'themes' || field.relationTo === 'organisations'
        ? { hasMany: Boolean(field.hasMany), relationTo: field.relationTo, type: 'relationship' }
        : undefined
    default:
      return undefined
  }
}

const isHidden = (field: Field) => {
  const admin = (field as { admin?: { hidden?: boolean; readOnly?: boolean } }).admin
  return ('hidden' in field && field.hidden === true) || Boolean(admin?.hidden || admin?.readOnly)
}

/**
 * The columns of a collection, read from its field config: the same labels the admin panel shows,
 * in Dutch and English, are the headers a file may use.
 */
export function columnsOf(fields: Field[]): ColumnSpec[] {
  const columns: ColumnSpec[] = []
  const visit = (field: Field, parents: Array<{ name: string; label: Label }>) => {
    if (!('name' in field) || notImported.has(field.name) || isHidden(field)) return
    if (field.type === 'group') {
      for (const child of field.fields) visit(child, [...parents, { label: labelOf(field), name: field.name }])
      return
    }
    const kind = kindOf(field)
    if (!kind) return
    const path = [...parents.map((parent) => parent.name), field.name]
    const label = labelOf(field)
    const parentLabel = parents.map((parent) => parent.label)
    const names = [
      path.join('.'),
      label.nl,
      label.en,
      [...parentLabel.map((each) => each.nl), label.nl].join(' '),
      [...parentLabel.map((each) => each.en), label.en].join(' '),
      ...(extraHeaders[path.join('.')] ?? []),
    ]
    const required =
      Boolean('required' in field && field.required) &&
      !('defaultValue' in field && field.defaultValue !== undefined) &&
      !filledWhenEmpty.has(field.name)
    const header = [...parentLabel.map((each) => each.nl), label.nl].join(' ')
    const locales: Array<ImportLocale | undefined> = 'localized' in field && field.localized ? ['nl', 'en'] : [undefined]
    for (const locale of locales) {
      columns.push({
        accepts: new Set(names.map((name) => normalizeHeader(name, locale))),
        header: locale === 'en' ? `${header} (en)` : header,
        kind,
        locale,
        path,
        required: required && locale !== 'en',
      })
    }
  }
  for (const field of fields) visit(field, [])
  columns.push({
    accepts: new Set(['status', '_status', 'workflowstatus', 'publicatiestatus'].map((name) => normalizeHeader(name))),
    header: 'Status',
    kind: { choices: choicesOf(workflowStatusOptions), type: 'status' },
    path: ['_status'],
    required: false,
  })
  return columns
}
