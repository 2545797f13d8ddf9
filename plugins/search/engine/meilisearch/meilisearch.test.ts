import { randomBytes } from 'node:crypto'

import { contractFacets, searchEngineContract } from '../contract'
import { MeilisearchEngine } from './index'

const host = process.env.MEILI_HOST
// Each run gets its own index on the server MEILI_HOST points at.
const indexUid = `weerbaar_test_${randomBytes(4).toString('hex')}`

searchEngineContract(
  'meilisearch',
  async () => new MeilisearchEngine({ apiKey: process.env.MEILI_API_KEY, facets: contractFacets, host: host!, indexUid }),
  host ? undefined : 'set MEILI_HOST (and MEILI_API_KEY) to run it against a real Meilisearch server',
)
