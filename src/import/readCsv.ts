import { CsvError, parse } from 'csv-parse/sync'

import { decodeText } from './decodeText'
import { importLimits } from './limits'
import { type Table, UnreadableFileError } from './table'

/** Dutch Excel separates with semicolons, others with commas or tabs: the header line decides. */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const counts = [';', ',', '\t'].map((separator) => ({ count: firstLine.split(separator).length - 1, separator }))
  counts.sort((a, b) => b.count - a.count)
  return counts[0]!.count > 0 ? counts[0]!.separator : ','
}

export function readCsv(bytes: Uint8Array): Table {
  const text = decodeText(bytes)
  let records: string[][]
  try {
    records = parse(text, {
      delimiter: separatorOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
      to: importLimits.maxRows + 2,
    }) as string[][]
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines
      throw new UnreadableFileError(
        `The CSV file cannot be read${line ? ` near line ${line}` : ''}: ${error.message.replace(/^Invalid Record Length: /, '')}. ` +
          'Check that every quote (") that opens a cell also closes it, or save the file again from your spreadsheet program.',
      )
    }
    throw error
  }
  const [headers = [], ...data] = records
  return {
    format: 'csv',
    headers,
    notes: [],
    rows: data.map((cells, index) => ({ cells, number: index + 2 })),
  }
}
