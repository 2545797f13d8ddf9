import type { Matrix } from './compute'

import { type Locale, titleOf } from '../../domain/vocabulary'
import { csvTable } from '../../lib/csv'

/** The matrix as a spreadsheet opens it: one row per row header, counts per column. */
export function matrixToCsv(matrix: Matrix, locale: Locale): string {
  const count = (row: string, column: string) => matrix.cells.find((each) => each.row === row && each.column === column)?.count ?? 0
  const lines = [
    [
      `${titleOf(matrix.rowsDimension, locale)} \\ ${titleOf(matrix.columnsDimension, locale)}`,
      ...matrix.columns.map((column) => column.label),
    ],
    ...matrix.rows.map((row) => [row.label, ...matrix.columns.map((column) => count(row.value, column.value))]),
  ]
  return csvTable(lines)
}
