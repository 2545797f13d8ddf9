/** What separates the cells of a line: a comma, or the semicolon Dutch Excel expects. */
export type CsvDelimiter = ',' | ';'

const isoDate = (date: Date) => date.toISOString().slice(0, 10)

/** A cell as CSV: quoted, and never read as a formula by a spreadsheet program. Dates as YYYY-MM-DD. */
export const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : value instanceof Date ? isoDate(value) : String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return `"${safe.replaceAll('"', '""')}"`
}

/** One line of cells, ended the way spreadsheet programs expect. */
export const csvLine = (cells: unknown[], delimiter: CsvDelimiter = ',') => `${cells.map(csvCell).join(delimiter)}\r\n`

/** A whole table, with the byte-order mark that makes Excel read it as UTF-8. */
export const csvTable = (rows: unknown[][], delimiter: CsvDelimiter = ',') => `\uFEFF${rows.map((row) => csvLine(row, delimiter)).join('')}`
