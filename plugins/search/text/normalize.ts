/**
 * One normal form for indexing and querying: lower case, diacritics removed ("ideeën" and
 * "ideeen", "coördinatie" and "coordinatie" are the same word), ligatures unfolded.
 */
export function normalize(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

export type Token = { term: string; start: number; end: number }

const wordPattern = /[\p{L}\p{N}]+/gu

/**
 * Words with their position in the original text (for highlighting). Positions refer to the
 * original string; terms are normalized.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(wordPattern)) {
    const term = normalize(match[0])
    if (term.length > 0) tokens.push({ end: match.index + match[0].length, start: match.index, term })
  }
  return tokens
}

export const terms = (text: string): string[] => tokenize(text).map((token) => token.term)
