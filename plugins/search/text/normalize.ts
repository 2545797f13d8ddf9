/**
 * One normal form for indexing and querying: lower case, diacritics removed ("ideeën" and
 * "ideeen", "coördinatie" and "coordinatie" are the same word), ligatures unfolded.
 */
export function normalize(text: string): string {
  if (isAscii(text)) return text.toLowerCase()
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
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
  for (let offset = 0; offset < text.length; ) {
    let end = Math.min(text.length, offset + sliceLength)
    while (end < text.length && wordCharacter.test(text[end]!)) end += 1
    if (!scanSlice(text.slice(offset, end), offset, visit)) return
    offset = end
  }
}

const sliceLength = 1024
const wordCharacter = /[\p{L}\p{N}]/u

function scanSlice(slice: string, offset: number, visit: (token: Token) => boolean): boolean {
  if (isAscii(slice)) {
    // Lower-casing ASCII keeps every position, so one pass over the lower-cased text will do.
    const pattern = asciiWordPattern
    pattern.lastIndex = 0
    const lower = slice.toLowerCase()
    for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
      if (!visit({ end: offset + match.index + match[0].length, start: offset + match.index, term: match[0] })) return false
    }
    return true
  }
  const pattern = wordPattern
  pattern.lastIndex = 0
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    const term = normalize(match[0])
    if (term.length > 0 && !visit({ end: offset + match.index + match[0].length, start: offset + match.index, term })) return false
  }
  return true
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  scanTokens(text, (token) => tokens.push(token) > 0)
  return tokens
}

/** The normalized words of a text, without positions: one pass over the whole text. */
export function terms(text: string): string[] {
  return normalize(text).match(isAscii(text) ? asciiWordPattern : wordPattern) ?? []
}
