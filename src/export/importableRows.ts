import type { Payload } from 'payload'

import type { ColumnSpec } from '../import/columns'

import { richTextToPlain } from '../../lib/richTextToPlain'

type Stored = Record<string, unknown>

const valueAt = (doc: Stored, spec: ColumnSpec) => {
  let node: unknown = doc
  for (const step of spec.path) node = (node as Stored | null | undefined)?.[step]
  return spec.locale ? (node as Stored | null | undefined)?.[spec.locale] : node
}

/** Theme and organisation names by id, the way the import matches them. */
export async function namesById(payload: Payload) {
  const [themes, organisations] = await Promise.all([
    payload.find({ collection: 'themes', depth: 0, limit: 0, locale: 'nl', pagination: false, select: { name: true } }),
    payload.find({ collection: 'organisations', depth: 0, limit: 0, pagination: false, select: { name: true } }),
  ])
  return {
    organisations: new Map(organisations.docs.map((each) => [String(each.id), each.name])),
    themes: new Map(themes.docs.map((each) => [String(each.id), String(each.name)])),
  }
}

/**
 * A stored item as the cells of an import file: labels for choices, names for themes and
 * organisations, words for rich text. Exporting a collection and importing the file again
 * changes nothing.
 */
export function importableCells(doc: Stored, columns: ColumnSpec[], names: Awaited<ReturnType<typeof namesById>>): Array<string | Date> {
  return columns.map((spec) => {
    const { kind } = spec
    const value = kind.type === 'status' ? doc.workflowStatus : valueAt(doc, spec)
    if (value === null || value === undefined) return ''
    const list = Array.isArray(value) ? value : [value]
    switch (kind.type) {
      case 'richText':
        return richTextToPlain(value).replace(/\n/g, '\n\n')
      case 'date': {
        // A date, so a workbook shows it as one; CSV writes it as YYYY-MM-DD either way.
        const date = new Date(String(value))
        return Number.isNaN(date.getTime()) ? String(value).slice(0, 10) : date
      }
      case 'checkbox':
        return value ? 'ja' : 'nee'
      case 'select':
      case 'status':
        return list.map((each) => kind.choices.find((choice) => choice.value === each)?.names[1] ?? String(each)).join('; ')
      case 'relationship':
        return list.map((each) => names[kind.relationTo].get(String((each as Stored)?.id ?? each)) ?? String(each)).join('; ')
      default:
        return String(value)
    }
  })
}
