import type { RunningServer } from '../src/server'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login, type Session } from './helpers/api'
import { temporaryDataDir } from './helpers/server'

/**
 * Payload's own collections under the workspace's rules: an edit lock names a document and the
 * person editing it, so it is for those who may read that document; preferences are each
 * person's own. The server runs in this process so a lock can be placed the way the admin panel
 * places one (it writes locks itself, never through the API).
 */
describe('Payload’s own collections, under our rules', () => {
  let running: RunningServer
  let curator: Session
  let denHaag: Session
  let leiden: Session
  let lockId: string
  let hiddenCaseId: string
  const url = () => running.url

  beforeAll(async () => {
    process.env.DATA_DIR = temporaryDataDir('payload-collections')
    process.env.LOG_LEVEL = 'fatal'
    const { startServer } = await import('../src/server')
    const { seed } = await import('../seed')
    running = await startServer({ port: 0, seedIfEmpty: seed, withNext: false })
    ;[curator, denHaag, leiden] = await Promise.all([
      login(url(), 'curator@weerbaar.test'),
      login(url(), 'member.denhaag@weerbaar.test'),
      login(url(), 'member.leiden@weerbaar.test'),
    ])
    const hiddenCase = await api(url(), '/api/knowledge-cases', {
      body: {
        summary: 'Alleen Den Haag.',
        title: 'Casus in bewerking',
        vignette: 'Een casus zonder persoonsgegevens.',
        visibility: 'organisation',
      },
      method: 'POST',
      session: denHaag,
    })
    hiddenCaseId = hiddenCase.body.doc.id
    // What the admin panel does when a curator opens the case to edit it.
    const lock = await running.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'knowledge-cases', value: hiddenCaseId }, user: { relationTo: 'users', value: curator.user.id } },
      overrideAccess: true,
    })
    lockId = String(lock.id)
  }, 180_000)

  afterAll(async () => {
    await running?.close()
  })

  const lockIds = async (session: Session) =>
    ((await api(url(), '/api/payload-locked-documents?depth=0&limit=100', { session })).body.docs ?? []).map((doc: { id: string }) =>
      String(doc.id),
    )

  it('shows an edit lock only to those who may read the locked document', async () => {
    expect(await lockIds(leiden)).not.toContain(lockId)
    expect((await api(url(), `/api/payload-locked-documents/${lockId}`, { session: leiden })).status).not.toBe(200)
    expect(await lockIds(denHaag)).toContain(lockId)
    expect(await lockIds(curator)).toContain(lockId)
  })

  it('lets nobody place a lock through the API, and only those who may edit the document take one over or release it', async () => {
    const placed = await api(url(), '/api/payload-locked-documents', {
      body: { document: { relationTo: 'knowledge-cases', value: hiddenCaseId }, user: { relationTo: 'users', value: leiden.user.id } },
      method: 'POST',
      session: leiden,
    })
    expect(placed.status).toBe(403)
    const takenOver = await api(url(), `/api/payload-locked-documents/${lockId}`, {
      body: { user: { relationTo: 'users', value: leiden.user.id } },
      method: 'PATCH',
      session: leiden,
    })
    expect([403, 404]).toContain(takenOver.status)
    const released = await api(url(), `/api/payload-locked-documents/${lockId}`, { method: 'DELETE', session: leiden })
    expect([403, 404]).toContain(released.status)
    expect(await lockIds(curator)).toContain(lockId)

    const byOwner = await api(url(), `/api/payload-locked-documents/${lockId}`, {
      body: { user: { relationTo: 'users', value: denHaag.user.id } },
      method: 'PATCH',
      session: denHaag,
    })
    expect(byOwner.status).toBe(200)
  })

  it('keeps each person’s admin preferences their own', async () => {
    const saved = await api(url(), '/api/payload-preferences/collection-interventions', {
      body: { value: { columns: ['title'] } },
      method: 'POST',
      session: denHaag,
    })
    expect(saved.status).toBe(200)
    const theirs = await api(url(), '/api/payload-preferences?depth=0', { session: leiden })
    expect(JSON.stringify(theirs.body)).not.toContain(denHaag.user.id)
    expect((await api(url(), '/api/payload-preferences?depth=0', { session: denHaag })).body.totalDocs).toBeGreaterThanOrEqual(1)
  })
})
