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
 * The words of `terms(text)` as stretches of a string, without cutting them out: the word is
 * `text.slice(start, end)` with ASCII capitals in lower case. Each comes with the FNV-1a hash of
 * its (lower-case) characters, as `hashOf` computes it, taken in the same pass. Indexing looks
 * words up this way: most are already known, and a copy of each would be garbage at once.
 */
export function termSpans(text: string, visit: (text: string, start: number, end: number, hash: number) => void): void {
  if (!isAscii(text)) {
    const normalized = normalize(text)
    const pattern = wordPattern
    pattern.lastIndex = 0
    for (let match = pattern.exec(normalized); match; match = pattern.exec(normalized)) {
      const end = match.index + match[0].length
      visit(normalized, match.index, end, hashOf(normalized, match.index, end))
    }
    return
  }
  let start = -1
  let hash = hashSeed
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i)
    if (code >= 65 && code <= 90) code += 32
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start === -1) {
        start = i
        hash = hashSeed
      }
      hash = Math.imul(hash ^ code, hashPrime)
    } else if (start !== -1) {
      visit(text, start, i, hash)
      start = -1
    }
  }
  if (start !== -1) visit(text, start, text.length, hash)
}

const hashSeed = 0x811c9dc5
const hashPrime = 0x01000193

/** The FNV-1a hash of `text.slice(start, end)` with ASCII capitals in lower case, over UTF-16 code units. */
export function hashOf(text: string, start: number, end: number): number {
  let hash = hashSeed
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ lowerAscii(text.charCodeAt(i)), hashPrime)
  return hash
}

/** A character code with ASCII capitals in lower case. */
export const lowerAscii = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code)
