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
  if (!isAscii(text)) {
    packedNormalizedTerms(normalize(text), visit)
    return
  }
  // The common case in a loop of its own: `asciiWordPattern` after lower-casing, by character code.
  if (units.length <= text.length / 2 + 1) units = new Int32Array(text.length)
  let length = 0
  for (let i = 0; i <= text.length; i += 1) {
    let code = i < text.length ? text.charCodeAt(i) : 0
    if (code >= 65 && code <= 90) code += 32
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (length & 1) units[length >> 1]! |= code << 16
      else units[length >> 1] = code
      length += 1
    } else if (length > 0) {
      visit(units, (length + 1) >> 1, length)
      length = 0
    }
  }
}

/** `wordPattern` over a normalized text, by character code: a match array and a string per word would be garbage at once. */
function packedNormalizedTerms(text: string, visit: (units: Int32Array, count: number, length: number) => void): void {
  if (units.length <= text.length / 2 + 1) units = new Int32Array(text.length)
  let length = 0
  for (let i = 0; i <= text.length;) {
    // Past the end, 0: a separator that ends the last word.
    const width = i < text.length ? wordCharacterWidth(text, i) : 0
    if (width === 0) {
      if (length > 0) visit(units, (length + 1) >> 1, length)
      length = 0
      i += 1
      continue
    }
    for (let end = i + width; i < end; i += 1, length += 1) {
      const code = text.charCodeAt(i)
      if (length & 1) units[length >> 1]! |= code << 16
      else units[length >> 1] = code
    }
  }
}

/** Whether each BMP character is a letter or digit: 0 not yet known, 1 yes, 2 no. */
const wordCharacters = new Uint8Array(65536)

/** The code units of the letter or digit at `i` (2 for a surrogate pair), or 0: what `wordPattern` matches, by code point. */
function wordCharacterWidth(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? 1 : 0
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1)
    if (next >= 0xdc00 && next <= 0xdfff) return wordCharacter.test(text.slice(i, i + 2)) ? 2 : 0
  }
  if (wordCharacters[code] === 0) wordCharacters[code] = wordCharacter.test(String.fromCharCode(code)) ? 1 : 2
  return wordCharacters[code] === 1 ? 1 : 0
}

let units = new Int32Array(1024)
