import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { api, eventually, login, type Session } from './helpers/api'
import { freePort, spawnServer, startServer, temporaryDataDir, type TestServer, waitUntilHealthy } from './helpers/server'

const token = 'metrics-token-for-the-fault-test'
const queueLength = async (url: string) => {
  const { body } = await api(url, '/metrics', { headers: { authorization: `Bearer ${token}` } })
  return Number(/^weerbaar_search_queue_length (\d+)/m.exec(body)?.[1] ?? Number.NaN)
}

describe('the server killed with SIGKILL in the middle of a burst of writes', () => {
  const servers: TestServer[] = []
  afterAll(async () => {
    for (const server of servers) await server.stop('SIGKILL')
  })

  it('loses nothing it acknowledged, and its index matches the database after the restart', async () => {
    const first = await startServer({ METRICS_TOKEN: token }, 'sigkill')
    servers.push(first)
    const curator = await login(first.url, 'curator@weerbaar.test')
    const target = (await api(first.url, '/api/interventions?limit=1&depth=0&sort=createdAt', { session: curator })).body.docs[0]

    const acknowledged = new Map<string, string>()
    let lastAcknowledgedVersion = 0
    let killed = false
    const create = async (n: number) => {
      const title = `Burstkaart ${n} killtoets`
      const response = await api(first.url, '/api/interventions', {
        body: {
          _status: 'published',
          goal: 'Doel.',
          preventionLevel: ['primary'],
          role: ['victim'],
          summary: `Burst ${n}.`,
          title,
          visibility: 'partners',
        },
        method: 'POST',
        session: curator,
      }).catch(() => undefined)
      if (response?.status === 201) acknowledged.set(response.body.doc.id, title)
    }
    const update = async (version: number) => {
      const response = await api(first.url, `/api/interventions/${target.id}`, {
        body: { summary: `Versie ${version}` },
        method: 'PATCH',
        session: curator,
      }).catch(() => undefined)
      if (response?.status === 200) lastAcknowledgedVersion = Math.max(lastAcknowledgedVersion, version)
    }
    const writer = async (lane: number) => {
      for (let n = lane; !killed; n += 6) await (lane === 0 ? update(n) : create(n))
    }
    const lanes = Array.from({ length: 6 }, (_, lane) => writer(lane))
    await eventually('some writes are acknowledged', async () => acknowledged.size >= 15 && lastAcknowledgedVersion > 0, 60_000)
    first.child.kill('SIGKILL')
    killed = true
    await first.exited
    await Promise.all(lanes)
    expect(acknowledged.size).toBeGreaterThanOrEqual(15)

    const second = await startServer({ DATA_DIR: first.dataDir, METRICS_TOKEN: token }, 'sigkill')
    servers.push(second)
    const again = await login(second.url, 'curator@weerbaar.test')
    for (const [id, title] of acknowledged) {
      const { body, status } = await api(second.url, `/api/interventions/${id}?depth=0`, { session: again })
      expect(status, title).toBe(200)
      expect(body).toMatchObject({ _status: 'published', goal: 'Doel.', title })
    }
    const stored = await api(second.url, `/api/interventions/${target.id}?depth=0`, { session: again })
    expect(Number(/Versie (\d+)/.exec(stored.body.summary)?.[1])).toBeGreaterThanOrEqual(lastAcknowledgedVersion)

    // Everything in the database (acknowledged or committed just before the kill) is in the index, nothing more.
    const inDatabase = (
      await api(second.url, '/api/interventions?where[title][like]=killtoets&limit=500&depth=0', { session: again })
    ).body.docs
      .map((doc: { title: string }) => doc.title)
      .sort()
    expect(inDatabase.length).toBeGreaterThanOrEqual(acknowledged.size)
    await eventually(
      'the index matches the database',
      async () => {
        const { body } = await api(second.url, '/api/search?q=killtoets&limit=100', { session: again })
        const hits = [...new Set(body.hits.map((hit: { title: string }) => hit.title))].sort()
        return body.total === inDatabase.length && JSON.stringify(hits) === JSON.stringify(inDatabase.slice(0, 100))
      },
      10_000,
    )
    await eventually('the queue is empty again', async () => (await queueLength(second.url)) === 0, 45_000)
  }, 300_000)
})

describe('the database is unreachable when the server starts', () => {
  const servers: TestServer[] = []
  afterAll(async () => {
    for (const server of servers) await server.stop('SIGKILL')
  })

  it('waits for a database volume that is not mounted yet, says why, and starts once it is there', async () => {
    const dataDir = temporaryDataDir('db-wait')
    const volume = path.join(dataDir, 'volume-not-mounted-yet')
    const server = await spawnServer({ DATABASE_URI: `file:${path.join(volume, 'weerbaar.db')}`, DATA_DIR: dataDir }, 'db-wait')
    servers.push(server)
    const retries = () => server.output().match(/database unreachable \(.*?\); trying again in \d+ s/g) ?? []
    // Generous: on a busy machine loading the server alone can take tens of seconds.
    await eventually('two attempts are logged with their reason', async () => retries().length >= 2, 120_000)
    expect(server.child.exitCode).toBeNull()
    expect(retries()[0]).toContain(`the directory ${volume} does not exist (a volume not mounted yet?)`)
    expect(
      retries()
        .slice(0, 2)
        .map((line) => line.replace(/.*in (\d+) s/, '$1')),
    ).toEqual(['1', '2'])

    fs.mkdirSync(volume)
    await waitUntilHealthy(server)
    expect(server.output()).toMatch(/database reachable: starting/)
    expect((await api(server.url, '/api/interventions?limit=1')).status).toBe(200)
  }, 200_000)

  it('gives up after DATABASE_CONNECT_ATTEMPTS with the reason when MongoDB does not answer', async () => {
    const server = await spawnServer(
      { DATABASE_CONNECT_ATTEMPTS: '2', DATABASE_URI: `mongodb://127.0.0.1:${await freePort()}/weerbaar` },
      'mongo-down',
    )
    servers.push(server)
    expect(await server.exited).toBe(1)
    const output = server.output()
    expect(output).toMatch(/database unreachable \(.*ECONNREFUSED.*\); trying again in 1 s/)
    expect(output).toMatch(/cannot be reached after 2 attempts/)
    expect(output).not.toMatch(/trying again in 2 s/)
  }, 60_000)
})
