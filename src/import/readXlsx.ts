import ExcelJS from 'exceljs'

import { importLimits, megabytes } from './limits'
import { columnLetter, type Table, UnreadableFileError } from './table'
import { summariseZip } from './zipEntries'

type CellValue = ExcelJS.CellValue

const isoDate = (date: Date) => date.toISOString().slice(0, 10)

/** A cell's value as text, or what is wrong with it. */
function cellText(value: CellValue): { text: string } | { problem: 'formula' | 'error' } {
  if (value === null || value === undefined) return { text: '' }
  if (value instanceof Date) return { text: isoDate(value) }
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return { problem: 'formula' }
    if ('error' in value) return { problem: 'error' }
    if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') }
    if ('text' in value) return { text: String(value.text) }
    return { text: '' }
  }
  return { text: String(value) }
}

/**
 * The first worksheet of an XLSX file. Formulas are refused rather than imported as their last
 * calculated value: that value may be stale, and a formula copied into a card is never meant.
 */
export async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const zip = summariseZip(bytes)
  if (!zip)
    throw new UnreadableFileError(
      'The XLSX file is damaged (its zip directory cannot be read). Save it again from Excel and import that copy.',
    )
  if (zip.unpackedBytes > importLimits.maxUnpackedBytes) {
    throw new UnreadableFileError(
      `The XLSX file unpacks to more than ${megabytes(importLimits.maxUnpackedBytes)}. Remove images and other sheets, or save the data as CSV UTF-8.`,
    )
  }
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as never)
  } catch {
    throw new UnreadableFileError(
      'The XLSX file cannot be read: it may be damaged, password-protected or an older .xls file. Save it as "Excel Workbook (.xlsx)" without a password and import again.',
    )
  }
  const sheets = workbook.worksheets.filter((sheet) => sheet.state === 'visible' && sheet.actualRowCount > 0)
  const sheet = sheets[0]
  if (!sheet) throw new UnreadableFileError('The XLSX file has no sheet with data. Put a header row and the items on the first sheet.')
  if (sheet.rowCount > importLimits.maxRows + 1) {
    throw new UnreadableFileError(
      `The sheet "${sheet.name}" has ${sheet.rowCount - 1} rows; one import takes at most ${importLimits.maxRows}. Split it into several files.`,
    )
  }

  const formulas: string[] = []
  const errors: string[] = []
  const rows: Table['rows'] = []
  let headers: string[] = []
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const read = cellText(cell.value)
      const address = `${columnLetter(columnNumber - 1)}${row.number}`
      if ('problem' in read) (read.problem === 'formula' ? formulas : errors).push(address)
      cells[columnNumber - 1] = 'text' in read ? read.text : ''
    })
    const filled = Array.from(cells, (each) => each ?? '')
    if (headers.length === 0 && rows.length === 0) headers = filled
    else rows.push({ cells: filled, number: row.number })
  })

  const listed = (addresses: string[]) =>
    `${addresses.slice(0, 10).join(', ')}${addresses.length > 10 ? ` and ${addresses.length - 10} more` : ''}`
  if (formulas.length > 0) {
    throw new UnreadableFileError(
      `The sheet contains formulas (cells ${listed(formulas)}). Import values only: select the cells, copy, and paste as values (Paste Special → Values), then import again.`,
    )
  }
  if (errors.length > 0) {
    throw new UnreadableFileError(
      `The sheet contains error values such as #N/A (cells ${listed(errors)}). Correct or empty those cells and import again.`,
    )
  }
  const notes =
    sheets.length > 1 ? [`Only the first sheet ("${sheet.name}") was read; ${sheets.length - 1} other sheet(s) were ignored.`] : []
  return { format: 'xlsx', headers, notes, rows, sheet: sheet.name }
}
