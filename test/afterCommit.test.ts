import type { RunningServer } from '../src/server'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eventually } from './helpers/api'
import { temporaryDataDir } from './helpers/server'

/**
 * What wakes the background workers: a callback after a transaction commits, on the real database
 * adapter, in-process because it is about Payload's transactions rather than an HTTP answer.
 */
describe('afterCommit', () => {
  let running: RunningServer
  let payloadModule: typeof import('payload')
  let afterCommit: typeof import('../lib/afterCommit').afterCommit

  beforeAll(async () => {
    process.env.DATA_DIR = temporaryDataDir('after-commit')
    process.env.LOG_LEVEL = 'fatal'
    const { startServer } = await import('../src/server')
    running = await startServer({ port: 0, withNext: false })
    payloadModule = await import('payload')
    afterCommit = (await import('../lib/afterCommit')).afterCommit
  })

  afterAll(async () => {
    await running?.close()
  })

  /** Writes an organisation in a transaction of its own, and says what was seen when. */
  async function writeInTransaction(name: string) {
    const { payload } = running
    const req = await payloadModule.createLocalReq({}, payload)
    await payloadModule.initTransaction(req)
    await payload.create({ collection: 'organisations', data: { name, type: 'company' }, overrideAccess: true, req })
    const seen: Array<{ name: string; visibleOutside: boolean }> = []
    afterCommit(req, () => {
      // Read from outside the transaction: what another process (or the worker) would see.
      void payload
        .count({ collection: 'organisations', overrideAccess: true, where: { name: { equals: name } } })
        .then(({ totalDocs }) => seen.push({ name, visibleOutside: totalDocs === 1 }))
    })
    return { req, seen }
  }

  it('runs once the transaction has committed, when what it wrote can be read from outside it', async () => {
    const { req, seen } = await writeInTransaction('Nagelbedrijf Commit BV')
    await new Promise((resolve) => setImmediate(resolve))
    expect(seen, 'nothing before the commit').toEqual([])
    await payloadModule.commitTransaction(req)
    await eventually('the callback after the commit', async () => seen.length > 0, 10_000)
    expect(seen).toEqual([{ name: 'Nagelbedrijf Commit BV', visibleOutside: true }])
  })

  it('never runs for a transaction that is rolled back', async () => {
    const rolledBack = await writeInTransaction('Nagelbedrijf Terugdraai BV')
    await payloadModule.killTransaction(rolledBack.req)
    // Callbacks run in the order their transactions ended: once this one's has run, the other's would have.
    const committed = await writeInTransaction('Nagelbedrijf Daarna BV')
    await payloadModule.commitTransaction(committed.req)
    await eventually('the later commit’s callback', async () => committed.seen.length > 0, 10_000)
    expect(rolledBack.seen).toEqual([])
  })

  it('runs soon, and once, without a transaction, and once per transaction for the same function', async () => {
    const { payload } = running
    let calls = 0
    const count = () => (calls += 1)
    afterCommit(undefined, count)
    await eventually('the callback without a transaction', async () => calls === 1, 10_000)

    const req = await payloadModule.createLocalReq({}, payload)
    await payloadModule.initTransaction(req)
    for (const name of ['Nagelbedrijf Een BV', 'Nagelbedrijf Twee BV']) {
      await payload.create({ collection: 'organisations', data: { name, type: 'company' }, overrideAccess: true, req })
      afterCommit(req, count)
    }
    await payloadModule.commitTransaction(req)
    // SQLite writes take turns, so the next transaction begins after this one has ended.
    const marker = await writeInTransaction('Nagelbedrijf Merker BV')
    await payloadModule.commitTransaction(marker.req)
    await eventually('the marker’s callback', async () => marker.seen.length > 0, 10_000)
    expect(calls).toBe(2)
  })
})
