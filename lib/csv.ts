/** A cell as CSV: quoted, and never read as a formula by a spreadsheet program. */
export const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return `"${safe.replaceAll('"', '""')}"`
}

/** One line of cells, ended the way spreadsheet programs expect. */
export const csvLine = (cells: unknown[]) => `${cells.map(csvCell).join(',')}\r\n`

/** A whole table, with the byte-order mark that makes Excel read it as UTF-8. */
export const csvTable = (rows: unknown[][]) => `\uFEFF${rows.map(csvLine).join('')}`
