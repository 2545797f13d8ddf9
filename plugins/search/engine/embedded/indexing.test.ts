import { describe, expect, it } from 'vitest'

import type { SearchDocument, SearchQuery } from '../../types'

import { contractFacets } from '../contract'
import { EmbeddedEngine } from './index'

const document = (index: number, fields: Pick<SearchDocument, 'title' | 'body'>): SearchDocument => ({
  facets: {},
  grants: ['public'],
  id: `interventions:${index}:nl`,
  itemId: String(index),
  locale: 'nl',
  summary: '',
  type: 'interventions',
  updatedAt: new Date(Date.UTC(2020, 0, 1) + index * 60_000).toISOString(),
  url: `/interventies/${index}`,
  year: 2020,
  ...fields,
})

const query = (q: string, limit = 20): SearchQuery => ({
  access: { kind: 'everything' },
  filters: {},
  limit,
  locale: 'nl',
  page: 1,
  q,
  sort: 'relevance',
})

/** A made-up word of ten letters per number, far apart from each other, so every document has its own. */
const wordOf = (index: number) => {
  let state = (index + 1) * 2654435761
  let word = ''
  for (let i = 0; i < 10; i += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    word += String.fromCharCode(97 + ((state >>> 16) % 26))
  }
  return word
}

describe('indexing the embedded engine', () => {
  it('finds each of thousands of words in its own document, written in any capitals', async () => {
    const engine = new EmbeddedEngine({ facets: contractFacets })
    const count = 6000
    await engine.upsert(
      Array.from({ length: count }, (_, index) =>
        document(index, { body: `over ${index % 2 ? wordOf(index).toUpperCase() : wordOf(index)}`, title: 'Interventie' }),
      ),
    )
    for (const index of [0, 1, 2047, 2048, 4095, 5999]) {
      const { hits } = await engine.search(query(wordOf(index).toUpperCase()))
      expect(hits[0]!.document.itemId).toBe(String(index))
      expect(hits[0]!.highlights.body).toContain('<mark>')
    }
  })

  it('ranks by field alike for documents indexed in one large batch', async () => {
    // Over a million words in one upsert: the engine moves them into its postings in parts.
    const engine = new EmbeddedEngine({ facets: contractFacets })
    const filler = Array.from({ length: 340 }, (_, index) => `vulwoord${index % 97}`).join(' ')
    const count = 3500
    await engine.upsert(
      Array.from({ length: count }, (_, index) =>
        document(index, { body: `${filler} sleutelwoord`, title: index % 7 === 0 ? 'Sleutelwoord in de titel' : 'Iets anders' }),
      ),
    )
    const { hits, total } = await engine.search(query('sleutelwoord', 500))
    expect(total).toBe(count)
    expect(hits.every(({ document }) => Number(document.itemId) % 7 === 0)).toBe(true)
    expect(new Set(hits.map(({ document }) => document.id)).size).toBe(500)
  })
})
