/**
 * One normal form for indexing and querying: lower case, diacritics removed ("ideeën" and
 * "ideeen", "coördinatie" and "coordinatie" are the same word), ligatures unfolded.
 */
export function normalize(text: string): string {
  if (isAscii(text)) return text.toLowerCase()
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

export type Token = { term: string; start: number; end: number }

const asciiOnly = /^[\x00-\x7f]*$/
const isAscii = (text: string) => asciiOnly.test(text)

// Shared global regexes: every use resets lastIndex first and runs to completion or returns
// before anything else can use them (all of this is synchronous).
const wordPattern = /[\p{L}\p{N}]+/gu
const asciiWordPattern = /[a-z0-9]+/g

/**
 * Walks the words of a text with their position in the original (for highlighting); `visit`
 * returns false to stop early. Positions refer to the original string; terms are normalized.
 */
export function scanTokens(text: string, visit: (token: Token) => boolean): void {
  // Long texts are read a slice at a time, so a caller that stops early pays for what it read.
  for (let offset = 0; offset < text.length;) {
    let end = Math.min(text.length, offset + sliceLength)
    while (end < text.length && wordCharacter.test(text[end]!)) end += 1
    if (!scanSlice(text.slice(offset, end), offset, visit)) return
    offset = end
  }
}

const sliceLength = 1024
const wordCharacter = /[\p{L}\p{N}]/u

function scanSlice(slice: string, offset: number, visit: (token: Token) => boolean): boolean {
  if (isAscii(slice)) return scanAscii(slice, offset, visit)
  const pattern = wordPattern
  pattern.lastIndex = 0
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    const term = normalize(match[0])
    if (term.length > 0 && !visit({ end: offset + match.index + match[0].length, start: offset + match.index, term })) return false
  }
  return true
}

/** The common case, without regular expressions: letters and digits by character code. */
function scanAscii(slice: string, offset: number, visit: (token: Token) => boolean): boolean {
  const lower = slice.toLowerCase()
  let start = -1
  for (let i = 0; i <= lower.length; i += 1) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0
    const wordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
    if (wordChar) {
      if (start === -1) start = i
    } else if (start !== -1) {
      if (!visit({ end: offset + i, start: offset + start, term: lower.slice(start, i) })) return false
      start = -1
    }
  }
  return true
}

/** The normalized words of a text, without positions: one pass over the whole text. */
export function terms(text: string): string[] {
  return normalize(text).match(isAscii(text) ? asciiWordPattern : wordPattern) ?? []
}

/**
 * The words of `terms(text)` as their UTF-16 code units packed two to an int (the first in the
 * low half, an odd last one alone), with their number of code units. Indexing looks words up by
 * these ints: most words are already known, so cutting each out as a string would make garbage,
 * and comparing two ints at a time halves the work. `units` is reused from word to word.
 */
export function packedTerms(text: string, visit: (units: Int32Array, count: number, length: number) => void): void {
  if (units.length <= text.length / 2 + 1) units = new Int32Array(text.length)
  if (!isAscii(text)) {
    const normalized = normalize(text)
    if (units.length <= normalized.length / 2 + 1) units = new Int32Array(normalized.length)
    const pattern = wordPattern
    pattern.lastIndex = 0
    for (let match = pattern.exec(normalized); match; match = pattern.exec(normalized)) {
      const length = match[0].length
      for (let i = 0; i < length; i += 2) {
        units[i >> 1] = normalized.charCodeAt(match.index + i) | (i + 1 < length ? normalized.charCodeAt(match.index + i + 1) << 16 : 0)
      }
      visit(units, (length + 1) >> 1, length)
    }
    return
  }
  // ASCII: the word characters of `asciiWordPattern` after lower-casing, read by character code.
  let length = 0
  for (let i = 0; i <= text.length; i += 1) {
    let code = i < text.length ? text.charCodeAt(i) : 0
    if (code >= 65 && code <= 90) code += 32
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (length & 1) units[length >> 1] |= code << 16
      else units[length >> 1] = code
      length += 1
    } else if (length > 0) {
      visit(units, (length + 1) >> 1, length)
      length = 0
    }
  }
}

let units = new Int32Array(1024)
