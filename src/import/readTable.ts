import { importLimits, megabytes } from './limits'
import { readCsv } from './readCsv'
import { readXlsx } from './readXlsx'
import { type Table, UnreadableFileError } from './table'

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte)
const zipSignature = [0x50, 0x4b, 0x03, 0x04]
const oldExcelSignature = [0xd0, 0xcf, 0x11, 0xe0]

/**
 * Reads an uploaded spreadsheet by what it contains (a renamed file still reads), drops empty
 * rows and checks the limits. Throws UnreadableFileError with what to do instead.
 */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (bytes.length === 0)
    throw new UnreadableFileError('The file is empty. Choose a CSV or XLSX file with a header row and at least one item.')
  if (bytes.length > importLimits.maxBytes) {
    throw new UnreadableFileError(
      `The file is ${megabytes(bytes.length)}; an import takes at most ${megabytes(importLimits.maxBytes)}. Split it into several files.`,
    )
  }
  if (startsWith(bytes, oldExcelSignature)) {
    throw new UnreadableFileError('This is an old Excel file (.xls). Save it as "Excel Workbook (.xlsx)" or "CSV UTF-8" and import that.')
  }
  const table = startsWith(bytes, zipSignature) ? await readXlsx(bytes) : readCsv(bytes)
  return checked(table)
}

function checked(table: Table): Table {
  const rows = table.rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''))
  const headers = trimTrailingEmpty(table.headers.map((header) => header.trim()))
  if (headers.length === 0)
    throw new UnreadableFileError('The first row is empty. Put the column names (such as "Titel" and "Samenvatting") in the first row.')
  if (headers.length > importLimits.maxColumns) {
    throw new UnreadableFileError(`The file has ${headers.length} columns; an import reads at most ${importLimits.maxColumns}.`)
  }
  if (rows.length === 0) throw new UnreadableFileError('The file has a header row but no items below it.')
  if (rows.length > importLimits.maxRows) {
    throw new UnreadableFileError(
      `The file has more than ${importLimits.maxRows} rows; one import takes at most ${importLimits.maxRows}. Split it into several files.`,
    )
  }
  return { ...table, headers, rows }
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length
  while (end > 0 && cells[end - 1] === '') end--
  return cells.slice(0, end)
}
