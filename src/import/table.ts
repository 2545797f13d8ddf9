/** A spreadsheet as read from CSV or XLSX: header cells and data rows, all as text. */
export type Table = {
  format: 'csv' | 'xlsx'
  /** The worksheet read, for XLSX. */
  sheet?: string
  headers: string[]
  rows: TableRow[]
  /** Things the reader noticed that do not stop the import (other sheets ignored ...). */
  notes: string[]
}

/** `number` is the row number a spreadsheet program shows: the header is row 1. */
export type TableRow = { number: number; cells: string[] }

/** The file itself cannot be imported; nothing was read into the database. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnreadableFileError'
  }
}

/** "A", "B", ... "AA": the column letter a spreadsheet program shows. */
export function columnLetter(index: number): string {
  let letter = ''
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letter = String.fromCharCode(65 + ((rest - 1) % 26)) + letter
  }
  return letter
}
