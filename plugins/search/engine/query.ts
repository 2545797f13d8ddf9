import type { SearchLocale, SynonymGroup } from '../types'

import { terms } from '../text/normalize'
import { isStopWord } from '../text/stopWords'

/**
 * A query as units: each unit is one word or phrase of the query with its alternatives
 * (synonyms). A unit matches a document when all words of any one alternative do.
 */
export type QueryUnit = { alternatives: Array<{ words: string[]; synonym: boolean }>; last: boolean }

export type SynonymTable = Map<string, string[][]>

/** Every phrase of every group points at the other phrases of its group, normalized. */
export function synonymTable(groups: SynonymGroup[]): SynonymTable {
  const table: SynonymTable = new Map()
  for (const group of groups) {
    const phrases = group.map((phrase) => terms(phrase)).filter((words) => words.length > 0)
    for (const phrase of phrases) {
      const key = phrase.join(' ')
      const others = phrases.filter((other) => other.join(' ') !== key)
      table.set(key, [...(table.get(key) ?? []), ...others])
    }
  }
  return table
}

const longestPhrase = 3

export function parseQuery(q: string, locale: SearchLocale, synonyms: SynonymTable): QueryUnit[] {
  const all = terms(q)
  const meaningful = all.filter((word) => !isStopWord(word, locale))
  // A query of nothing but stop words still means something: keep its words.
  const words = meaningful.length > 0 ? meaningful : all
  const units: QueryUnit[] = []
  let index = 0
  while (index < words.length) {
    let consumed = 1
    let alternatives: string[][] = []
    for (let size = Math.min(longestPhrase, words.length - index); size >= 1; size -= 1) {
      const phrase = words.slice(index, index + size)
      const found = synonyms.get(phrase.join(' '))
      if (found || size === 1) {
        consumed = size
        alternatives = [phrase, ...(found ?? [])]
        break
      }
    }
    units.push({
      alternatives: alternatives.map((phrase, position) => ({ synonym: position > 0, words: phrase })),
      last: index + consumed === words.length,
    })
    index += consumed
  }
  return units
}

/** Typos allowed in a word, as Meilisearch does: one from five letters, two from nine. */
export const allowedTypos = (word: string) => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0)
