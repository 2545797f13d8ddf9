import { UnreadableFileError } from './table'

const saveAsUtf8 = 'In Excel choose File → Save as → "CSV UTF-8 (comma delimited)", or import the .xlsx file itself.'

/**
 * CSV bytes as text. UTF-8 (with or without a byte-order mark) and UTF-16 with a mark (Excel's
 * "Unicode text") are read; anything else is refused, because guessing a legacy code page turns
 * "ë" into "Ã«" in every imported item.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start))
  } catch {
    throw new UnreadableFileError(
      `The file is not UTF-8 text (older Excel versions save CSV as Windows-1252, which turns "ë" into "Ã«"). ${saveAsUtf8}`,
    )
  }
  if (text.includes('\u0000')) {
    throw new UnreadableFileError('This is not a CSV or XLSX file: it contains binary data. Upload a .csv or .xlsx file.')
  }
  return text
}
