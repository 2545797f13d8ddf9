import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, eventually, login } from './helpers/api'
import { startServer, temporaryDataDir, type TestServer } from './helpers/server'
import { startSmtp, type TestSmtp } from './helpers/smtp'

const root = path.resolve(import.meta.dirname, '..')

/** Two contenders at once: each must get the lease now and then, and never while the other has it. */
async function expectNoOverlap(database: Record<string, string>) {
  const [first, second] = await Promise.all([contend(database, 'contender-a'), contend(database, 'contender-b')])
  expect(first.claims, 'the first contender got the lease at times').toBeGreaterThan(0)
  expect(second.claims, 'the second contender got the lease at times').toBeGreaterThan(0)
  const overlaps = first.held.flatMap(([from, to]) =>
    second.held.filter(([otherFrom, otherTo]) => from < otherTo && otherFrom < to).map((other) => ({ first: [from, to], second: other })),
  )
  expect(overlaps).toEqual([])
}

const recipientOf = (mail: TestSmtp['mails'][number]) => (mail.to && 'text' in mail.to ? mail.to.text : '')

/** Runs test/helpers/leaseContender.ts against a database (DATA_DIR or DATABASE_URI) and returns what it printed. */
const contend = (database: Record<string, string>, holder: string) =>
  new Promise<{ claims: number; held: Array<[number, number]>; holder: string }>((resolve, reject) => {
    let output = ''
    const child = spawn(
      process.execPath,
      ['--conditions=production', '--import', 'tsx', 'test/helpers/leaseContender.ts', holder, '8000'],
      {
        cwd: root,
        env: { ...process.env, ...database, LOG_LEVEL: 'error', NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => {
      const line = output.split('\n').find((each) => each.startsWith('{"claims"'))
      if (code === 0 && line) resolve(JSON.parse(line))
      else reject(new Error(`contender ${holder} exited with ${code}:\n${output}`))
    })
  })

/**
 * Several processes on one database (app replicas, a worker and its replacement during an
 * update): exactly one does the background work, none runs a job another runs, and when the one
 * working dies another takes over.
 */
describe('background work with two processes on one database', () => {
  let smtp: TestSmtp
  let servers: TestServer[] = []
  const dataDir = temporaryDataDir('two-workers')

  beforeAll(async () => {
    smtp = await startSmtp()
    const env = { DATA_DIR: dataDir, SMTP_URL: smtp.url, WORKER_LEASE_SECONDS: '4' }
    // One after the other: the first creates and fills the database.
    servers = [await startServer(env, 'worker-a')]
    servers.push(await startServer(env, 'worker-b'))
  }, 400_000)

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()))
    await smtp?.close()
  })

  const stateOf = async (server: TestServer) => (await api(server.url, '/api/health')).body.backgroundWork as string

  it('lets exactly one process do the background work, and sends each mail once whichever process queued it', async () => {
    expect((await Promise.all(servers.map(stateOf))).sort()).toEqual(['leading', 'standing-by'])

    const people = ['admin', 'curator', 'member.denhaag', 'member.leiden', 'partner'].map((name) => `${name}@weerbaar.test`)
    const ask = (server: TestServer, email: string) => api(server.url, '/api/users/forgot-password', { body: { email }, method: 'POST' })
    for (const [index, email] of people.entries()) expect((await ask(servers[index % 2]!, email)).status).toBe(200)
    await eventually('every reset mail to arrive', async () => smtp.mails.length >= people.length)
    // One more through the process that stands by: once it has arrived, a second sending of any
    // mail before it would have arrived too.
    expect((await ask(servers[1]!, people[0]!)).status).toBe(200)
    await eventually('the last mail to arrive', async () => smtp.mails.length >= people.length + 1)

    const perRecipient = new Map<string, number>()
    for (const mail of smtp.mails) perRecipient.set(recipientOf(mail), (perRecipient.get(recipientOf(mail)) ?? 0) + 1)
    expect(Object.fromEntries(perRecipient)).toEqual(Object.fromEntries(people.map((email, index) => [email, index === 0 ? 2 : 1])))
  }, 180_000)

  it('applies index changes the process standing by queued, though no commit in its own process wakes it', async () => {
    const states = await Promise.all(servers.map(stateOf))
    const leader = servers[states.indexOf('leading')]!
    const standingBy = servers[states.indexOf('standing-by')]!
    const curator = await login(standingBy.url, 'curator@weerbaar.test')
    const created = await api(standingBy.url, '/api/interventions', {
      body: {
        _status: 'published',
        goal: 'Een kaart die het andere proces schrijft.',
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: 'Gevonden via het proces dat het werk doet.',
        title: 'Overnameproef sneeuwuil',
        visibility: 'public',
      },
      method: 'POST',
      session: curator,
    })
    expect(created.status).toBe(201)
    const found = async () => (await api(leader.url, '/api/search?q=sneeuwuil')).body.hits?.map((hit: { title: string }) => hit.title)
    // The leader looks for work on its own, at most WORKER_IDLE_CEILING_SECONDS (4 s) apart while idle.
    await eventually('the leader to index the card', async () => (await found())?.length > 0)
    expect(await found()).toEqual(['Overnameproef sneeuwuil'])
  }, 120_000)

  it('never lets two processes hold the lease at the same time, however hard they compete', async () => {
    await expectNoOverlap({ DATA_DIR: dataDir })
  }, 180_000)

  it('hands the work to the other process when the one doing it dies, without sending anything twice', async () => {
    const states = await Promise.all(servers.map(stateOf))
    const leader = servers[states.indexOf('leading')]!
    const survivor = servers[states.indexOf('standing-by')]!
    await leader.stop('SIGKILL')
    const before = smtp.mails.length

    const email = 'member.leiden@weerbaar.test'
    expect((await api(survivor.url, '/api/users/forgot-password', { body: { email }, method: 'POST' })).status).toBe(200)
    await eventually('the survivor to take over and send the mail', async () => smtp.mails.length > before, 60_000)
    expect(await stateOf(survivor)).toBe('leading')
    expect(survivor.output()).toContain('background work: this process now applies search index changes')

    expect((await api(survivor.url, '/api/users/forgot-password', { body: { email }, method: 'POST' })).status).toBe(200)
    await eventually('the next mail', async () => smtp.mails.length > before + 1)
    expect(smtp.mails.slice(before).map(recipientOf)).toEqual([email, email])
  }, 180_000)
})

const mongoUri = process.env.DATABASE_URI?.startsWith('mongodb') ? new URL(process.env.DATABASE_URI) : undefined
if (mongoUri) mongoUri.pathname = `/weerbaar_lease_${Date.now().toString(36)}`
const mongoSkipReason = mongoUri ? undefined : 'set DATABASE_URI=mongodb://... to run it against a real MongoDB server'
if (mongoSkipReason) console.info(`leases on MongoDB skipped: ${mongoSkipReason}`)

describe.skipIf(Boolean(mongoSkipReason))(`leases on MongoDB${mongoSkipReason ? ` (skipped: ${mongoSkipReason})` : ''}`, () => {
  it('never lets two processes hold the lease at the same time, however hard they compete', async () => {
    await expectNoOverlap({ DATABASE_URI: mongoUri!.toString() })
  }, 180_000)
})

describe('processes that leave the background work to others', () => {
  const run = (script: string, env: Record<string, string>) =>
    spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', script], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: temporaryDataDir('no-background'), MEILI_HOST: '', NODE_ENV: 'production', ...env },
      timeout: 120_000,
    })

  it('refuse to run beside the embedded search engine, whose index only the serving process can keep, and say what to do', () => {
    const appReplica = run('src/cli/start.ts', { BACKGROUND_WORK: 'off' })
    expect(appReplica.status).toBe(1)
    expect(appReplica.stdout + appReplica.stderr).toMatch(/BACKGROUND_WORK=off .*Set MEILI_HOST/)
    const worker = run('src/cli/worker.ts', {})
    expect(worker.status).toBe(1)
    expect(worker.stdout + worker.stderr).toMatch(/npm run worker needs Meilisearch \(MEILI_HOST\)/)
  }, 240_000)
})
