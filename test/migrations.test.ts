import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { temporaryDataDir } from './helpers/server'

describe('database migrations', () => {
  let payload: Payload
  let pendingSchemaChanges: (payload: Payload) => Promise<string[]>

  beforeAll(async () => {
    process.env.DATA_DIR = temporaryDataDir('migrations')
    process.env.LOG_LEVEL = 'warn'
    const { getPayload } = await import('payload')
    const { default: config } = await import('../src/payload.config')
    ;({ pendingSchemaChanges } = await import('../src/database/pendingSchemaChanges'))
    const { applyMigrations } = await import('../src/database/migrate')
    payload = await getPayload({ config })
    await applyMigrations(payload)
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('match the collections: no schema change is waiting for a migration', async () => {
    const pending = await pendingSchemaChanges(payload)
    expect(pending, 'run `npm run migrate:create -- <name>` and commit the migration').toEqual([])
  })

  it('would notice a config change that has no migration', async () => {
    const adapter = payload.db as unknown as { migrationDir: string }
    const original = adapter.migrationDir
    const stale = temporaryDataDir('stale-migrations')
    const newest = fs
      .readdirSync(original)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)!
    const snapshot = JSON.parse(fs.readFileSync(path.join(original, newest), 'utf8'))
    delete snapshot.tables.interventions.columns.evidence_level
    fs.writeFileSync(path.join(stale, newest), JSON.stringify(snapshot))
    adapter.migrationDir = stale
    try {
      const pending = await pendingSchemaChanges(payload)
      expect(pending.join('\n')).toMatch(/evidence_level/)
    } finally {
      adapter.migrationDir = original
    }
  })

  it('were applied to a fresh database', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 100 })
    const committed = fs
      .readdirSync(path.resolve(import.meta.dirname, '../migrations/sqlite'))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''))
    expect(docs.map((doc) => doc.name).sort()).toEqual(committed.sort())
  })
})
