import type { Highlights, SearchDocument } from '../types'

import { escapeHtml } from '../../../lib/escapeHtml'
import { scanTokens } from '../text/normalize'

const snippetWords = 30
const wordsBeforeFirstMatch = 10

/** Marks matched words in `text` between `from` and `to` in one pass, escaping everything else. */
function render(text: string, matched: (term: string) => boolean, from: number, to: number): string {
  const parts: string[] = from > 0 ? ['…'] : []
  let cursor = from
  scanTokens(text, (token) => {
    if (token.end > to) return false
    if (token.start >= from && matched(token.term)) {
      parts.push(escapeHtml(text.slice(cursor, token.start)), '<mark>', escapeHtml(text.slice(token.start, token.end)), '</mark>')
      cursor = token.end
    }
    return true
  })
  parts.push(escapeHtml(text.slice(cursor, to)))
  if (to < text.length) parts.push('…')
  return parts.join('')
}

/**
 * A window of about thirty words around the body's first match (its opening words when the body
 * did not match), read only as far as needed.
 */
function snippet(text: string, matched: (term: string) => boolean, bodyMatched: boolean): string {
  const recentStarts: number[] = []
  let from = 0
  let wordsLeft = snippetWords
  let to = text.length
  let found = !bodyMatched
  scanTokens(text, (token) => {
    if (!found) {
      if (matched(token.term)) {
        found = true
        from = recentStarts.length === wordsBeforeFirstMatch ? recentStarts[0]! : 0
        wordsLeft = snippetWords - recentStarts.length
      } else {
        recentStarts.push(token.start)
        if (recentStarts.length > wordsBeforeFirstMatch) recentStarts.shift()
        return true
      }
    }
    wordsLeft -= 1
    if (wordsLeft <= 0) {
      to = token.end
      return false
    }
    return true
  })
  if (!found) return render(text, matched, 0, Math.min(text.length, 200))
  return render(text, matched, from, to)
}

/** Wraps the words that matched in <mark>, HTML-escaping the rest; the body becomes a snippet. */
export function highlight(document: SearchDocument, matched: (term: string) => boolean, bodyMatched = true): Highlights {
  return {
    body: snippet(document.body, matched, bodyMatched),
    summary: render(document.summary, matched, 0, document.summary.length),
    title: render(document.title, matched, 0, document.title.length),
  }
}
