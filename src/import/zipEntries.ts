/**
 * The sizes a zip file declares in its central directory, read without unpacking anything: how an
 * XLSX file is checked for a zip bomb before a parser inflates it.
 */
export type ZipSummary = { entries: number; unpackedBytes: number }

const endOfCentralDirectory = 0x06054b50
const centralDirectoryHeader = 0x02014b50

export function summariseZip(bytes: Uint8Array): ZipSummary | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record sits in the last 22 bytes plus a comment of at most 64 KiB.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff)
  let end = -1
  for (let offset = bytes.length - 22; offset >= earliest; offset--) {
    if (view.getUint32(offset, true) === endOfCentralDirectory) {
      end = offset
      break
    }
  }
  if (end < 0) return undefined
  const entries = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  let unpackedBytes = 0
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== centralDirectoryHeader) return undefined
    const unpacked = view.getUint32(offset + 24, true)
    // 0xffffffff means a ZIP64 size: far beyond anything an import accepts.
    unpackedBytes += unpacked === 0xffffffff ? Number.MAX_SAFE_INTEGER : unpacked
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true)
  }
  return { entries, unpackedBytes }
}
