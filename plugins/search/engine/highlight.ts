import type { Highlights, SearchDocument } from '../types'

import { type Token, tokenize } from '../text/normalize'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const snippetWords = 30

const render = (text: string, tokens: Token[], hits: boolean[], from: number, to: number) => {
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

const markAll = (text: string, matched: (term: string) => boolean) => {
  const tokens = tokenize(text)
  return render(text, tokens, tokens.map((token) => matched(token.term)), 0, text.length)
}

/** A window of the body around its first match (or its opening words), matches marked. */
const snippet = (text: string, matched: (term: string) => boolean) => {
  const tokens = tokenize(text)
  const first = Math.max(0, tokens.findIndex((token) => matched(token.term)))
  const startToken = Math.max(0, first - Math.floor(snippetWords / 3))
  const window = tokens.slice(startToken, startToken + snippetWords)
  if (window.length === 0) return escapeHtml(text.slice(0, 200))
  const from = startToken === 0 ? 0 : window[0]!.start
  const to = startToken + snippetWords >= tokens.length ? text.length : window.at(-1)!.end
  return render(text, window, window.map((token) => matched(token.term)), from, to)
}

/** Wraps the words that matched in <mark>, HTML-escaping the rest; the body becomes a snippet. */
export function highlight(document: SearchDocument, matched: (term: string) => boolean): Highlights {
  return { body: snippet(document.body, matched), summary: markAll(document.summary, matched), title: markAll(document.title, matched) }
}
