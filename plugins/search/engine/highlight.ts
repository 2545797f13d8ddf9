import type { Highlights, SearchDocument } from '../types'

import { tokenize } from '../text/normalize'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const snippetWords = 30

/** Wraps the words that matched in <mark>, HTML-escaping the rest; the body becomes a snippet. */
export function highlight(document: SearchDocument, matched: (term: string) => boolean): Highlights {
  const mark = (text: string, window?: number): string => {
    const tokens = tokenize(text)
    const hits = tokens.map((token) => matched(token.term))
    let from = 0
    let to = text.length
    if (window !== undefined && tokens.length > window) {
      const first = Math.max(0, hits.indexOf(true))
      const startToken = Math.max(0, first - Math.floor(window / 3))
      const endToken = Math.min(tokens.length - 1, startToken + window - 1)
      from = tokens[startToken]!.start
      to = tokens[endToken]!.end
    }
    let out = from > 0 ? '…' : ''
    let cursor = from
    tokens.forEach((token, index) => {
      if (!hits[index] || token.start < from || token.end > to) return
      out += `${escapeHtml(text.slice(cursor, token.start))}<mark>${escapeHtml(text.slice(token.start, token.end))}</mark>`
      cursor = token.end
    })
    out += escapeHtml(text.slice(cursor, to))
    return to < text.length ? `${out}…` : out
  }
  return { body: mark(document.body, snippetWords), summary: mark(document.summary), title: mark(document.title) }
}
