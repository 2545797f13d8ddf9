import ExcelJS from 'exceljs'
import zlib from 'node:zlib'

import type { Session } from './api'

/** An XLSX workbook with one sheet of these rows; a cell given as { formula } becomes a formula. */
export async function xlsxBytes(rows: unknown[][], sheetName = 'Interventies'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(sheetName)
  for (const row of rows) sheet.addRow(row)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** CSV text with quoted cells, as spreadsheet programs write it. */
export function csvText(rows: string[][], separator = ';'): string {
  return rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(separator)).join('\r\n')
}

/** A zip holding one entry that unpacks to `unpackedBytes` zeros: a small file that is a bomb. */
export function zipBomb(unpackedBytes: number): Uint8Array {
  const name = Buffer.from('xl/worksheets/sheet1.xml')
  const packed = zlib.deflateRawSync(Buffer.alloc(unpackedBytes))
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(packed.length, 18)
  local.writeUInt32LE(unpackedBytes, 22)
  local.writeUInt16LE(name.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(packed.length, 20)
  central.writeUInt32LE(unpackedBytes, 24)
  central.writeUInt16LE(name.length, 28)
  const centralOffset = local.length + name.length + packed.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + name.length, 12)
  end.writeUInt32LE(centralOffset, 16)
  return new Uint8Array(Buffer.concat([local, name, packed, central, name, end]))
}

/** Sends a file to the import endpoint the way the admin page does. */
export async function postImport(
  url: string,
  collection: string,
  file: { bytes: Uint8Array | string; name: string },
  session: Session,
  dryRun = false,
): Promise<{ status: number; body: any }> {
  const form = new FormData()
  form.append('file', new Blob([file.bytes as BlobPart]), file.name)
  const response = await fetch(`${url}/api/import/${collection}?dryRun=${dryRun}`, { body: form, headers: session.headers, method: 'POST' })
  const text = await response.text()
  try {
    return { body: JSON.parse(text), status: response.status }
  } catch {
    return { body: text, status: response.status }
  }
}
