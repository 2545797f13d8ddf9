import { dimensionTitles, type MatrixLocale } from './dimensions'
import type { Matrix } from './compute'

import { csvTable } from '../lib/csv'

/** The matrix as a spreadsheet opens it: one row per row header, counts per column. */
export function matrixToCsv(matrix: Matrix, locale: MatrixLocale): string {
  const titles = dimensionTitles[locale]
  const count = (row: string, column: string) => matrix.cells.find((each) => each.row === row && each.column === column)?.count ?? 0
  const lines = [
    [`${titles[matrix.rowsDimension]} \\ ${titles[matrix.columnsDimension]}`, ...matrix.columns.map((column) => column.label)],
    ...matrix.rows.map((row) => [row.label, ...matrix.columns.map((column) => count(row.value, column.value))]),
  ]
  return csvTable(lines)
}
