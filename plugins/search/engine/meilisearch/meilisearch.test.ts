import { randomBytes } from 'node:crypto'
import { describe, it } from 'vitest'

import { searchEngineContract } from '../contract'
import { MeilisearchEngine } from './index'

const host = process.env.MEILI_HOST

if (host) {
  // Each run gets its own index on the server MEILI_HOST points at.
  const indexUid = `weerbaar_test_${randomBytes(4).toString('hex')}`
  searchEngineContract('meilisearch', async () => new MeilisearchEngine({ apiKey: process.env.MEILI_API_KEY, host, indexUid }))
} else {
  console.info('Meilisearch contract skipped: set MEILI_HOST (and MEILI_API_KEY) to run it against a real server.')
  describe.skip('search engine contract (meilisearch)', () => {
    it('needs MEILI_HOST', () => {})
  })
}
