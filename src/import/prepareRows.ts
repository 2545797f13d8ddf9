import type { ColumnSpec, ImportLocale } from './columns'
import type { MappedColumn } from './headers'
import type { Table } from './table'

import { slugify } from '../../lib/slugify'
import { type NameIndex, parseCell } from './cells'

export type RowProblem = { row: number; column?: string; cell?: string; message: string }
export type ItemStatus = 'draft' | 'in-review' | 'sent-back' | 'published'

/** One spreadsheet row as the writes it takes: values per language, the item's key, its status. */
export type PreparedRow = {
  number: number
  /** The slug: found again on the next import of the same file. */
  key: string
  values: Record<ImportLocale, Record<string, unknown>>
  status?: ItemStatus
  /** What was in each mapped column, to tell an unchanged item from a changed one. */
  cells: Array<{ column: MappedColumn; value: unknown }>
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown) {
  let node = target
  for (const step of path.slice(0, -1)) node = (node[step] ??= {}) as Record<string, unknown>
  node[path.at(-1)!] = value
}

const isEmpty = (value: unknown) => value === null || value === '' || (Array.isArray(value) && value.length === 0)
const slugOf = (spec: ColumnSpec) => spec.path.join('.') === 'slug'
const titleOf = (spec: ColumnSpec) => spec.path.join('.') === 'title' && spec.locale !== 'en'

/** Turns every row into values, collecting every problem of every row rather than stopping at the first. */
export function prepareRows(table: Table, mapped: MappedColumn[], names: NameIndex): { rows: PreparedRow[]; problems: RowProblem[] } {
  const rows: PreparedRow[] = []
  const problems: RowProblem[] = []
  const firstRowOfKey = new Map<string, number>()
  for (const row of table.rows) {
    const prepared: PreparedRow = { cells: [], key: '', number: row.number, values: { en: {}, nl: {} } }
    let title = ''
    let slug = ''
    const emptyRequired: Array<{ cell: string; column: string; row: number }> = []
    for (const column of mapped) {
      const { spec } = column
      const raw = row.cells[column.index] ?? ''
      const where = { cell: `${column.letter}${row.number}`, column: column.header, row: row.number }
      const parsed = parseCell(raw, spec.kind, names)
      if ('problem' in parsed) {
        problems.push({ ...where, message: parsed.problem })
        continue
      }
      if (spec.required && isEmpty(parsed.value)) emptyRequired.push(where)
      prepared.cells.push({ column, value: parsed.value })
      if (spec.kind.type === 'status') {
        if (typeof parsed.value === 'string') prepared.status = parsed.value as ItemStatus
        continue
      }
      if (slugOf(spec)) slug = String(parsed.value ?? '')
      if (titleOf(spec)) title = String(parsed.value ?? '')
      // An empty slug is derived from the title; an empty translation is no translation.
      if ((slugOf(spec) || spec.locale === 'en') && isEmpty(parsed.value)) continue
      setPath(prepared.values[spec.locale ?? 'nl'], spec.path, parsed.value)
    }
    // Only what goes live needs every required field: a draft may be a title and nothing else, as over the API.
    // (Without a status column an update keeps a published item published; the write itself then says what is missing.)
    if (prepared.status === 'published') {
      for (const where of emptyRequired) problems.push({ ...where, message: `${where.column} is empty; a published item needs it.` })
    }
    const hasBadCell = problems.some((problem) => problem.row === row.number)
    prepared.key = slug || slugify(title)
    const earlier = firstRowOfKey.get(prepared.key)
    if (prepared.key && earlier !== undefined) {
      problems.push({
        row: row.number,
        message: `Row ${earlier} already has the slug "${prepared.key}" (from its title). Give one of the two rows its own slug, or remove the duplicate.`,
      })
      continue
    }
    if (prepared.key) firstRowOfKey.set(prepared.key, row.number)
    // A row with a bad cell is not written, not even to check it: its other problems would only echo that cell.
    if (hasBadCell) continue
    if (!prepared.key) {
      problems.push({ row: row.number, message: 'The row has no title (and no slug), so it cannot become an item.' })
      continue
    }
    rows.push(prepared)
  }
  return { problems, rows }
}
