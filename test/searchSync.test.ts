import type { RunningServer } from '../src/server'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { temporaryDataDir } from './helpers/server'

/** The index's bookkeeping, in-process: queue in the write's transaction, reconcile drift. */
describe('search index sync', () => {
  let running: RunningServer
  let modules: {
    engineOf: typeof import('../plugins/search/registry').engineOf
    reconcile: typeof import('../plugins/search/sync/reconcile').reconcile
    searchOptionsOf: typeof import('../plugins/search/runtime').searchOptionsOf
  }

  beforeAll(async () => {
    process.env.DATA_DIR = temporaryDataDir('search-sync')
    process.env.LOG_LEVEL = 'fatal'
    const { startServer } = await import('../src/server')
    const { seed } = await import('../seed')
    running = await startServer({ port: 0, seedIfEmpty: seed, withNext: false })
    modules = {
      engineOf: (await import('../plugins/search/registry')).engineOf,
      reconcile: (await import('../plugins/search/sync/reconcile')).reconcile,
      searchOptionsOf: (await import('../plugins/search/runtime')).searchOptionsOf,
    }
  })

  afterAll(async () => {
    await running?.close()
  })

  it('queues the index change inside the write’s transaction, so a rollback leaves nothing', async () => {
    const { payload } = running
    const { createLocalReq, initTransaction, killTransaction } = await import('payload')
    const organisation = (await payload.find({ collection: 'organisations', limit: 1 })).docs[0]!
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const created = await payload.create({
      collection: 'interventions',
      data: {
        _status: 'published',
        evidenceLevel: 'not-assessed',
        goal: 'x',
        ownerOrganisation: organisation.id,
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: 'x',
        title: 'Teruggedraaid',
        visibility: 'public',
      },
      req,
    })
    const forThisItem = { 'input.id': { equals: String(created.id) } }
    const queuedInside = await payload.count({ collection: 'payload-jobs', req, where: forThisItem })
    await killTransaction(req)
    const queuedAfter = await payload.count({ collection: 'payload-jobs', where: forThisItem })
    expect(queuedInside.totalDocs).toBe(1)
    expect(queuedAfter.totalDocs).toBe(0)
    expect(await payload.count({ collection: 'interventions', where: { id: { equals: created.id } } })).toMatchObject({ totalDocs: 0 })
  })

  it('reconcile puts back what is missing and removes what should not be there', async () => {
    const { payload } = running
    const engine = modules.engineOf(payload)
    const ids = await engine.documentIds()
    const removed = ids[0]!
    await engine.remove([removed])
    const stray = {
      ...(await engine.search({ access: { kind: 'everything' }, filters: {}, limit: 1, locale: 'nl', page: 1, q: '', sort: 'newest' }))
        .hits[0]!.document,
      id: 'interventions:gone:nl',
      itemId: 'gone',
    }
    await engine.upsert([stray])
    const repaired = await modules.reconcile(payload, modules.searchOptionsOf(payload), engine)
    expect(repaired).toEqual({ added: 1, removed: 1 })
    const after = await engine.documentIds()
    expect(after).toContain(removed)
    expect(after).not.toContain('interventions:gone:nl')
    expect(after.length).toBe(ids.length)
  })
})
