import { Meilisearch } from 'meilisearch'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import type { SearchDocument } from '../../types'

import { contractFacets, searchEngineContract } from '../contract'
import { ensureAppKey } from './appKey'
import { MeilisearchEngine } from './index'

const host = process.env.MEILI_HOST
// Each run gets its own index on the server MEILI_HOST points at.
const indexUid = `weerbaar_test_${randomBytes(4).toString('hex')}`

searchEngineContract(
  'meilisearch',
  async () => new MeilisearchEngine({ apiKey: process.env.MEILI_API_KEY, facets: contractFacets, host: host!, indexUid }),
  host ? undefined : 'set MEILI_HOST (and MEILI_API_KEY) to run it against a real Meilisearch server',
)

const skipReason = host ? undefined : 'set MEILI_HOST (and MEILI_API_KEY, MEILI_MASTER_KEY) to run it against a real Meilisearch server'
if (skipReason) console.info(`Meilisearch at the pinned version skipped: ${skipReason}`)

/** What docker-compose.yml runs: the API our engine's calls must match. */
const pinnedVersion = /getmeili\/meilisearch:v([\d.]+)/.exec(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../../docker-compose.yml'), 'utf8'),
)![1]!

describe.skipIf(Boolean(skipReason))(`Meilisearch at the pinned version${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const document = (id: string): SearchDocument => ({
    body: '',
    facets: { evidenceLevel: [], municipality: [], preventionLevel: [], role: [], targetGroup: [], theme: [] },
    id: `interventions:${id}:nl`,
    itemId: id,
    locale: 'nl',
    grants: ['public'],
    summary: '',
    title: id,
    type: 'interventions',
    updatedAt: '2026-01-01T00:00:00.000Z',
    url: '/',
    year: 2026,
  })

  it('is the version docker-compose.yml pins, so what passes here is what runs in production', async () => {
    const version = await new Meilisearch({ apiKey: process.env.MEILI_API_KEY, host: host! }).getVersion()
    expect(version.pkgVersion).toBe(pinnedVersion)
  })

  it('swaps a rebuilt index into place (the request npm run reindex makes) and removes the replaced one', async () => {
    const live = new MeilisearchEngine({
      apiKey: process.env.MEILI_API_KEY,
      facets: contractFacets,
      host: host!,
      indexUid: `${indexUid}_swap`,
    })
    await live.upsert([document('old')])
    const next = live.withIndex(`${indexUid}_swap_next`)
    await next.upsert([document('new')])
    await live.swapWith(`${indexUid}_swap_next`)
    expect(await live.documentIds()).toEqual(['interventions:new:nl'])
    const client = new Meilisearch({ apiKey: process.env.MEILI_API_KEY, host: host! })
    await expect(client.getIndex(`${indexUid}_swap_next`)).rejects.toThrow(/not found/i)
  })

  it.skipIf(!process.env.MEILI_MASTER_KEY)('makes the app a key that keeps its own index and can do nothing else', async () => {
    const masterKey = process.env.MEILI_MASTER_KEY!
    const prefix = `${indexUid}_keyed`
    const key = await ensureAppKey({ host: host!, indexUid: prefix, masterKey })
    expect((await ensureAppKey({ host: host!, indexUid: prefix, masterKey })).key, 'the same key on every start').toBe(key.key)
    const engine = new MeilisearchEngine({ apiKey: key.key, facets: contractFacets, host: host!, indexUid: prefix })
    await engine.upsert([document('kept')])
    await engine.withIndex(`${prefix}_next`).upsert([document('kept')])
    await engine.swapWith(`${prefix}_next`)
    expect(await engine.documentIds()).toEqual(['interventions:kept:nl'])
    const asApp = new Meilisearch({ apiKey: key.key, host: host! })
    await expect(asApp.getKeys()).rejects.toThrow()
    await expect(asApp.index('someone_elses_index').getDocuments()).rejects.toThrow()
  })
})
