import type { Matrix } from './compute'

import { type Locale, titleOf } from '../../domain/vocabulary'

/** The matrix as a spreadsheet shows it: one row per row header, counts per column (CSV and XLSX alike). */
export function matrixRows(matrix: Matrix, locale: Locale): unknown[][] {
  const count = (row: string, column: string) => matrix.cells.find((each) => each.row === row && each.column === column)?.count ?? 0
  const lines = [
    [
      `${titleOf(matrix.rowsDimension, locale)} \\ ${titleOf(matrix.columnsDimension, locale)}`,
      ...matrix.columns.map((column) => column.label),
    ],
    ...matrix.rows.map((row) => [row.label, ...matrix.columns.map((column) => count(row.value, column.value))]),
  ]
  return lines
}
