import ExcelJS from 'exceljs'

/** The media type of an Excel workbook. */
export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

// Excel refuses sheet names over 31 characters or with any of these.
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1'

const asCell = (value: unknown): ExcelJS.CellValue => {
  if (value === null || value === undefined) return null
  if (value instanceof Date || typeof value === 'number' || typeof value === 'boolean') return value
  return String(value)
}

/**
 * A table as a one-sheet workbook: the first row a bold, frozen header, dates as dates, numbers as
 * numbers, text as text (never a formula, whatever it starts with).
 */
export async function xlsxTable(rows: unknown[][], name: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] })
  for (const row of rows) sheet.addRow(row.map(asCell))
  sheet.getRow(1).font = { bold: true }
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd'
    }),
  )
  sheet.columns.forEach((column, index) => {
    const widths = rows.slice(0, 200).map((row) => (row[index] instanceof Date ? 10 : String(row[index] ?? '').length))
    const widest = Math.max(...widths, 8)
    column.width = Math.min(widest + 2, 60)
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
