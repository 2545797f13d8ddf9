import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, eventually, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

const token = 'metrics-token-for-the-test'
/** The search plugin's `workerIntervalMs`: how soon the index worker looks again after it found work. */
const searchIntervalMs = 250

type Looks = { byCommit: number; byCommitFound: number; byTimer: number; nextLookSeconds: number }

/** One worker's looks for work so far, from /metrics. */
function looksOf(metricsText: string, worker: string): Looks {
  const looks: Looks = { byCommit: 0, byCommitFound: 0, byTimer: 0, nextLookSeconds: 0 }
  for (const line of metricsText.split('\n')) {
    if (!line.includes(`worker="${worker}"`)) continue
    const value = Number(line.slice(line.lastIndexOf(' ') + 1))
    if (line.startsWith('weerbaar_background_next_look_seconds{')) looks.nextLookSeconds = value
    if (!line.startsWith('weerbaar_background_looks_total{')) continue
    if (line.includes('trigger="timer"')) looks.byTimer += value
    if (line.includes('trigger="commit"')) looks.byCommit += value
    if (line.includes('trigger="commit"') && line.includes('found="true"')) looks.byCommitFound += value
  }
  return looks
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The background workers are off the hot path: they do not ask the database four times a second
 * while nothing happens, and a write in their process wakes them, so nobody waits for a timer.
 * This server's workers wait up to ten minutes between looks while idle (WORKER_IDLE_CEILING_SECONDS),
 * so only a wake can explain work done promptly once they have backed off.
 */
describe('background workers: woken by commits, backing off while idle', () => {
  let server: TestServer
  let curator: Session
  const looks = async (worker: string) => {
    const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${token}` } })
    expect(response.status).toBe(200)
    return looksOf(await response.text(), worker)
  }
  const titlesFound = async (query: string) =>
    ((await api(server.url, `/api/search?q=${encodeURIComponent(query)}`, { session: anonymous })).body.hits ?? []).map(
      (hit: { title: string }) => hit.title,
    )
  /** Until the worker has backed off to a wait of at least `seconds` before its next look. */
  const backedOff = (worker: string, seconds: number) =>
    eventually(
      `the ${worker} worker to wait ${seconds} s between looks`,
      async () => (await looks(worker)).nextLookSeconds >= seconds,
      120_000,
    )

  beforeAll(async () => {
    server = await startServer({ METRICS_TOKEN: token, WORKER_IDLE_CEILING_SECONDS: '600' }, 'background-pace')
    curator = await login(server.url, 'curator@weerbaar.test')
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('looks for index changes less and less often while there are none, instead of four times a second', async () => {
    // Backed off once: the changes the seed queued are applied, and a look found nothing.
    await backedOff('search', (2 * searchIntervalMs) / 1000)
    const from = Date.now()
    const before = await looks('search')
    // Time passes with nothing written; what is asserted is a count over the time the test measured.
    await pause(12_000)
    const after = await looks('search')
    const elapsedMs = Date.now() - from
    const looked = after.byTimer + after.byCommit - (before.byTimer + before.byCommit)
    // Each empty look doubles the wait from 250 ms, so n looks span at least 250 ms × (2^(n−1) − 1);
    // one more may have been under way when the window opened. Polling would be elapsed / 250.
    const most = Math.floor(Math.log2(elapsedMs / searchIntervalMs + 1)) + 2
    expect(looked).toBeLessThanOrEqual(most)
    expect(most).toBeLessThan(elapsedMs / searchIntervalMs / 4)
  }, 150_000)

  it('indexes a publish when its write commits, not at the worker’s next look, and still never a draft', async () => {
    await backedOff('search', 30)
    const before = await looks('search')

    const draft = await api(server.url, '/api/interventions?draft=true', {
      body: { goal: 'Kladversie.', summary: 'Nog niet gepubliceerd.', title: 'Wekproef concept zeepbelvis', visibility: 'public' },
      method: 'POST',
      session: curator,
    })
    expect(draft.status).toBe(201)
    await eventually('a commit to wake the index worker', async () => (await looks('search')).byCommit > before.byCommit)

    const published = await api(server.url, '/api/interventions', {
      body: {
        _status: 'published',
        goal: 'Inwoners herkennen nepberichten over zeepbelvissen.',
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: 'Een proef of een publicatie meteen vindbaar is.',
        title: 'Wekproef zeepbelvis',
        visibility: 'public',
      },
      method: 'POST',
      session: curator,
    })
    expect(published.status).toBe(201)
    await eventually('the published card to be found', async () => (await titlesFound('zeepbelvis')).length > 0, 60_000)
    const after = await looks('search')

    expect(await titlesFound('zeepbelvis')).toEqual(['Wekproef zeepbelvis'])
    expect(after.byTimer - before.byTimer, 'looks by the timer since the writes: none, so the commits did it').toBe(0)
    expect(after.byCommitFound - before.byCommitFound).toBeGreaterThanOrEqual(2)
  }, 180_000)

  it('sends a mail queued by a request when it is committed, not at the mail worker’s next look', async () => {
    await backedOff('mail', 30)
    const before = await looks('mail')
    const outbox = path.join(server.dataDir, 'outbox')
    const mailsSoFar = fs.existsSync(outbox) ? fs.readdirSync(outbox).length : 0

    const asked = await api(server.url, '/api/users/forgot-password', { body: { email: 'member.leiden@weerbaar.test' }, method: 'POST' })
    expect(asked.status).toBe(200)
    await eventually(
      'the reset mail in the outbox',
      async () => fs.existsSync(outbox) && fs.readdirSync(outbox).length > mailsSoFar,
      60_000,
    )
    const after = await looks('mail')

    expect(after.byTimer - before.byTimer, 'looks by the timer since the request: none, so the commit did it').toBe(0)
    expect(after.byCommitFound - before.byCommitFound).toBeGreaterThanOrEqual(1)
  }, 180_000)
})
