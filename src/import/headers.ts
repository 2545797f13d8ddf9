import type { ColumnSpec } from './columns'

import { normalizeHeader, splitLocale } from './headerNames'
import { columnLetter } from './table'

export type MappedColumn = { index: number; letter: string; header: string; spec: ColumnSpec }

export type HeaderMapping = {
  mapped: MappedColumn[]
  /** Problems with the file as a whole: nothing is imported while there are any. */
  problems: Array<{ column?: string; message: string }>
  /** Columns that are read but not used. */
  ignored: string[]
}

/**
 * Matches each header to a column. A localized field without a language in its header is Dutch,
 * the workspace's main language.
 */
export function mapHeaders(headers: string[], columns: ColumnSpec[]): HeaderMapping {
  const mapped: MappedColumn[] = []
  const problems: HeaderMapping['problems'] = []
  const ignored: string[] = []
  const find = (header: string) => {
    const { base, locale } = splitLocale(header)
    const candidates = locale ? [normalizeHeader(base, locale)] : [normalizeHeader(header), normalizeHeader(header, 'nl')]
    return columns.find((column) => candidates.some((candidate) => column.accepts.has(candidate)))
  }
  headers.forEach((header, index) => {
    if (header === '') return
    const spec = find(header)
    if (!spec) {
      ignored.push(header)
      return
    }
    const earlier = mapped.find((each) => each.spec === spec)
    if (earlier) {
      problems.push({
        column: header,
        message: `Columns ${earlier.letter} ("${earlier.header}") and ${columnLetter(index)} ("${header}") both mean ${spec.header}. Remove or rename one of them.`,
      })
      return
    }
    mapped.push({ header, index, letter: columnLetter(index), spec })
  })
  for (const spec of columns) {
    if (spec.required && !mapped.some((each) => each.spec === spec)) {
      problems.push({
        column: spec.header,
        message: `The column "${spec.header}" is missing; every item needs it. Add a column with that header.`,
      })
    }
  }
  return { ignored, mapped, problems }
}
