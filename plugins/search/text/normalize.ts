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

const wordPattern = /[\p{L}\p{N}]+/gu
const asciiWordPattern = /[a-z0-9]+/g

/**
 * Words with their position in the original text (for highlighting). Positions refer to the
 * original string; terms are normalized. `until` stops early once a token ends past it.
 */
export function tokenize(text: string, until = Infinity): Token[] {
  const tokens: Token[] = []
  if (isAscii(text)) {
    // Lower-casing ASCII keeps every position, so one pass over the lower-cased text will do.
    for (const match of text.toLowerCase().matchAll(asciiWordPattern)) {
      if (match.index > until) break
      tokens.push({ end: match.index + match[0].length, start: match.index, term: match[0] })
    }
    return tokens
  }
  for (const match of text.matchAll(wordPattern)) {
    if (match.index > until) break
    const term = normalize(match[0])
    if (term.length > 0) tokens.push({ end: match.index + match[0].length, start: match.index, term })
  }
  return tokens
}

/** The normalized words of a text, without positions: one pass over the whole text. */
export function terms(text: string): string[] {
  return normalize(text).match(isAscii(text) ? asciiWordPattern : wordPattern) ?? []
}
