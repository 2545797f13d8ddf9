import type { PreparedRow } from './prepareRows'

import { idOf } from '../../lib/idOf'
import { richTextToPlain } from '../../lib/richTextToPlain'

type Stored = Record<string, unknown>

const valueAt = (stored: Stored, path: string[], locale: string | undefined) => {
  let node: unknown = stored
  for (const step of path) node = (node as Stored | null | undefined)?.[step]
  return locale ? (node as Stored | null | undefined)?.[locale] : node
}

/** A value in one comparable shape: ids for relations, sorted lists, plain text for rich text. */
function comparable(value: unknown, type: string): string {
  if (value === null || value === undefined || value === '') return ''
  if (type === 'richText') return typeof value === 'string' ? value : richTextToPlain(value).replace(/\s+/g, ' ').trim()
  if (type === 'date') return String(value).slice(0, 10)
  if (Array.isArray(value)) return JSON.stringify(value.map((each) => idOf(each) ?? String(each)).sort())
  if (typeof value === 'object') return idOf(value) ?? JSON.stringify(value)
  return String(value).trim()
}

/**
 * Whether importing the row again would change nothing: then it is left alone, so re-importing a
 * file does not pile up versions and audit entries.
 */
export function isUnchanged(row: PreparedRow, stored: Stored): boolean {
  return row.cells.every(({ column: { spec }, value }) => {
    if (spec.kind.type === 'status') return value === null || value === stored.workflowStatus
    // Left empty, a slug is derived and a translation kept: neither is a change.
    if ((spec.path.join('.') === 'slug' || spec.locale === 'en') && comparable(value, spec.kind.type) === '') return true
    const next = spec.kind.type === 'richText' && value ? richTextToPlain(value).replace(/\s+/g, ' ').trim() : value
    return comparable(valueAt(stored, spec.path, spec.locale), spec.kind.type) === comparable(next, spec.kind.type)
  })
}
