import type { Field } from 'payload'

import { csvLine } from '../../lib/csv'
import { columnsOf } from './columns'

/** An empty spreadsheet with the headers an import reads, Dutch columns first: a place to start. */
export function importTemplateCsv(fields: Field[]): string {
  const columns = columnsOf(fields)
  const ordered = [...columns.filter((column) => column.locale !== 'en'), ...columns.filter((column) => column.locale === 'en')]
  return `\uFEFF${csvLine(ordered.map((column) => column.header))}`
}
