import type { SearchDocument } from '../plugins/search/types'

import { goodPractices } from '../seed/data/goodPractices'
import { interventions } from '../seed/data/interventions'
import { knowledgeCases } from '../seed/data/knowledgeCases'
import { lessonsLearned } from '../seed/data/lessonsLearned'
import { terms } from '../plugins/search/text/normalize'

/** A deterministic pseudo-random sequence, so every run indexes and asks the same things. */
export function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The words of the seeded Dutch texts, plus compounds of them: a realistic regional vocabulary. */
export function vocabulary(): string[] {
  const text = [...interventions, ...goodPractices, ...knowledgeCases, ...lessonsLearned]
    .flatMap((item) =>
      Object.values(item.nl).flatMap((value) =>
        typeof value === 'string' ? [value] : Array.isArray(value) ? value : typeof value === 'object' && value ? Object.values(value) : [],
      ),
    )
    .join(' ')
  const words = [...new Set(terms(text).filter((word) => word.length > 2 && !/\d/.test(word)))]
  const next = random(7)
  const compounds = Array.from({ length: 6000 }, () => {
    const a = words[Math.floor(next() * words.length)]!
    const b = words[Math.floor(next() * words.length)]!
    return `${a}${b}`
  })
  return [...words, ...compounds]
}

const facetPick = (next: () => number, values: string[], max: number) => {
  const count = 1 + Math.floor(next() * max)
  return [...new Set(Array.from({ length: count }, () => values[Math.floor(next() * values.length)]!))]
}

/** `count` documents of about 340 words drawn with a Zipf-like skew from the vocabulary. */
export function generateDocuments(count: number, words: string[]): SearchDocument[] {
  const next = random(count)
  const zipf = () => words[Math.min(words.length - 1, Math.floor(words.length * next() ** 2.2))]!
  const sentence = (length: number) => Array.from({ length }, zipf).join(' ')
  return Array.from({ length: count }, (_, index) => {
    const year = 2019 + Math.floor(next() * 8)
    return {
      body: sentence(300),
      facets: {
        evidenceLevel: facetPick(next, ['not-assessed', 'well-described', 'well-founded', 'effective-first'], 1),
        municipality: facetPick(
          next,
          ['gemeente-den-haag', 'gemeente-leiden', 'gemeente-delft', 'gemeente-gouda', 'gemeente-zoetermeer', 'gemeente-westland'],
          2,
        ),
        preventionLevel: facetPick(next, ['primary', 'secondary', 'tertiary'], 2),
        role: facetPick(next, ['victim', 'offender', 'bystander', 'organisation'], 2),
        targetGroup: facetPick(next, ['youth', 'seniors', 'residents', 'entrepreneurs', 'professionals', 'victims'], 3),
        theme: facetPick(next, ['cybercrime', 'online-fraude', 'jeugd-en-veiligheid', 'ondermijning', 'zorg-en-veiligheid'], 2),
      },
      id: `interventions:${index}:nl`,
      itemId: String(index),
      locale: 'nl',
      grants: [(['public', 'partners', `organisation:org-${index % 40}`] as const)[index % 3]!],
      summary: sentence(30),
      title: sentence(7),
      type: 'interventions',
      updatedAt: new Date(Date.UTC(year, index % 12, 1)).toISOString(),
      url: `/interventies/${index}`,
      year,
    }
  })
}

/** Misspells a word the way people do: one letter dropped, doubled or swapped. */
export function withTypo(word: string, next: () => number): string {
  const at = 1 + Math.floor(next() * (word.length - 2))
  const kind = Math.floor(next() * 3)
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1)
  if (kind === 1) return word.slice(0, at) + word[at] + word.slice(at)
  return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1)
}
