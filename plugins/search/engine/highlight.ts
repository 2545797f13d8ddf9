import type { Highlights, SearchDocument } from '../types'

import { scanTokens, type Token, tokenize } from '../text/normalize'

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

/**
 * A window of the body around its first match, matches marked; the opening words when the body
 * did not match. Reads only as much of the body as the window needs.
 */
const snippet = (text: string, matched: (term: string) => boolean, bodyMatched: boolean) => {
  const tokens: Token[] = []
  let first = -1
  scanTokens(text, (token) => {
    tokens.push(token)
    if (bodyMatched && first === -1 && matched(token.term)) first = tokens.length - 1
    return !((first !== -1 || !bodyMatched) && tokens.length >= Math.max(first, 0) + snippetWords)
  })
  const startToken = first === -1 ? 0 : Math.max(0, first - Math.floor(snippetWords / 3))
  const window = tokens.slice(startToken, startToken + snippetWords)
  if (window.length === 0) return escapeHtml(text.slice(0, 200))
  const from = startToken === 0 ? 0 : window[0]!.start
  const last = window.at(-1)!
  const to = /[\p{L}\p{N}]/u.test(text.slice(last.end)) ? last.end : text.length
  return render(text, window, window.map((token) => bodyMatched && matched(token.term)), from, to)
}

/** Wraps the words that matched in <mark>, HTML-escaping the rest; the body becomes a snippet. */
export function highlight(document: SearchDocument, matched: (term: string) => boolean, bodyMatched = true): Highlights {
  return {
    body: snippet(document.body, matched, bodyMatched),
    summary: markAll(document.summary, matched),
    title: markAll(document.title, matched),
  }
}
