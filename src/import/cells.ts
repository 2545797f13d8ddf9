import type { ColumnKind } from './columns'

import { richTextFromPlain } from '../../lib/plainToRichText'
import { normalizeHeader } from './headerNames'
import { importLimits } from './limits'

/** Names of themes and organisations, normalized, to the id they stand for. */
export type NameIndex = { themes: Map<string, string>; organisations: Map<string, string> }

export type CellResult = { value: unknown } | { problem: string }

const matchKey = (text: string) => normalizeHeader(text)

/** A list in one cell: "a; b", one per line, or "a, b" when the whole does not match. */
function listOf(text: string, matches: (part: string) => boolean): string[] {
  const parts = text
    .split(/[;\n|]/)
    .map((part) => part.trim())
    .filter(Boolean)
  return parts.flatMap((part) =>
    matches(part) || !part.includes(',')
      ? [part]
      : part
          .split(',')
          .map((each) => each.trim())
          .filter(Boolean),
  )
}

const quoted = (values: string[]) => values.map((value) => `"${value}"`).join(', ')

function pick(text: string, hasMany: boolean, lookup: (part: string) => string | undefined, allowed: () => string): CellResult {
  const parts = hasMany ? listOf(text, (part) => lookup(part) !== undefined) : [text]
  const unknown = parts.filter((part) => lookup(part) === undefined)
  if (unknown.length > 0) return { problem: `${quoted(unknown)} is not known. Use ${allowed()}.` }
  const values = [...new Set(parts.map((part) => lookup(part)!))]
  return { value: hasMany ? values : values[0] }
}

function parseDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text)
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : []
  if (!year) return undefined
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1 ? date.toISOString() : undefined
}

const yes = new Set(['ja', 'yes', 'true', 'waar', '1', 'x', 'j', 'y'])
const no = new Set(['nee', 'no', 'false', 'onwaar', '0', 'n'])

/**
 * One cell as the value its field takes, or what is wrong with it in words the person fixing
 * the spreadsheet can act on. An empty cell is an empty value.
 */
export function parseCell(raw: string, kind: ColumnKind, names: NameIndex): CellResult {
  const trimmed = raw.trim()
  if (trimmed.startsWith('=')) return { problem: 'This looks like a formula. Type the value itself instead.' }
  // A leading apostrophe marks text that only looks like a formula (exports write it so): drop it.
  const text = /^'[=+\-@]/.test(trimmed) ? trimmed.slice(1) : trimmed
  if (text.length > importLimits.maxCellCharacters)
    return { problem: `The text is ${text.length} characters; at most ${importLimits.maxCellCharacters}.` }
  if (text === '')
    return {
      value: kind.type === 'select' || kind.type === 'relationship' ? (kind.hasMany ? [] : null) : kind.type === 'checkbox' ? false : null,
    }
  switch (kind.type) {
    case 'text':
      return kind.maxLength && text.length > kind.maxLength
        ? { problem: `The text is ${text.length} characters; at most ${kind.maxLength}.` }
        : { value: text }
    case 'richText':
      return { value: richTextFromPlain(text) }
    case 'number': {
      const value = Number(text.replace(/\s/g, '').replace(',', '.'))
      if (!Number.isFinite(value)) return { problem: `"${text}" is not a number.` }
      if ((kind.min !== undefined && value < kind.min) || (kind.max !== undefined && value > kind.max)) {
        return { problem: `${value} is outside ${kind.min ?? '…'}–${kind.max ?? '…'}.` }
      }
      return { value }
    }
    case 'date': {
      const value = parseDate(text)
      return value ? { value } : { problem: `"${text}" is not a date. Write it as 31-12-2026 or 2026-12-31.` }
    }
    case 'checkbox': {
      const key = text.toLowerCase()
      if (yes.has(key)) return { value: true }
      if (no.has(key)) return { value: false }
      return { problem: `"${text}" is not yes or no. Write "ja" or "nee".` }
    }
    case 'select':
    case 'status': {
      const byName = new Map(kind.choices.flatMap((choice) => choice.names.map((name) => [matchKey(name), choice.value] as const)))
      const allowed = () => `one of: ${quoted(kind.choices.map((choice) => choice.names[1] ?? choice.value))}`
      return pick(text, kind.type === 'select' && kind.hasMany, (part) => byName.get(matchKey(part)), allowed)
    }
    case 'relationship': {
      const index = names[kind.relationTo]
      const what =
        kind.relationTo === 'themes'
          ? 'a theme name as the workspace spells it (see Themes in the admin panel)'
          : 'an organisation name as the workspace spells it, such as "Gemeente Delft"'
      return pick(
        text,
        kind.hasMany,
        (part) => index.get(matchKey(part)),
        () => what,
      )
    }
  }
}
