import { dimensionTitles, type MatrixLocale } from './dimensions'
import type { Matrix } from './compute'

/** A cell as CSV: quoted, and never read as a formula by a spreadsheet. */
const cell = (value: string | number) => {
  const text = String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return `"${safe.replaceAll('"', '""')}"`
}

/** The matrix as a spreadsheet opens it: one row per row header, counts per column. */
export function matrixToCsv(matrix: Matrix, locale: MatrixLocale): string {
  const titles = dimensionTitles[locale]
  const count = (row: string, column: string) => matrix.cells.find((each) => each.row === row && each.column === column)?.count ?? 0
  const lines = [
    [`${titles[matrix.rowsDimension]} \\ ${titles[matrix.columnsDimension]}`, ...matrix.columns.map((column) => column.label)],
    ...matrix.rows.map((row) => [row.label, ...matrix.columns.map((column) => count(row.value, column.value))]),
  ]
  return `\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`
}
