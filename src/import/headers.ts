import type { ColumnSpec, ImportLocale } from './columns'

import { columnLetter } from './table'

/** "Thema's (EN)" and "themas_en" mean the same column: no accents, case or punctuation. */
export function normalizeHeader(text: string, locale?: ImportLocale): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
  return locale ? `${base} @${locale}` : base
}

/** "Titel (en)", "Title [EN]", "title_en", "Titel - nl": the header without its language, and the language. */
export function splitLocale(header: string): { base: string; locale?: ImportLocale } {
  const match = /^(.*?)(?:\s*[([]\s*(nl|en)\s*[)\]]|[\s_.:-]+(nl|en))\s*$/i.exec(header)
  if (!match || !match[1]) return { base: header }
  return { base: match[1], locale: (match[2] ?? match[3])!.toLowerCase() as ImportLocale }
}

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
      problems.push({ column: spec.header, message: `The column "${spec.header}" is missing; every item needs it. Add a column with that header.` })
    }
  }
  return { ignored, mapped, problems }
}
