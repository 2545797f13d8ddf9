import type { Field } from 'payload'

import { columnsOf } from './columns'

/** The headers an import reads, Dutch columns first: the one row of an empty template to start from. */
export function importTemplateRows(fields: Field[]): string[][] {
  const columns = columnsOf(fields)
  const ordered = [...columns.filter((column) => column.locale !== 'en'), ...columns.filter((column) => column.locale === 'en')]
  return [ordered.map((column) => column.header)]
}
