import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { api, login, type Session, uploadFile } from './helpers/api'
import { pdfBytes } from './helpers/files'
import { startServer, temporaryDataDir, type TestServer } from './helpers/server'

const root = path.resolve(import.meta.dirname, '..')

/** Runs one of the npm commands' scripts the way `npm run` does, with its own data directory. */
function runCli(script: 'backup' | 'restore', args: string[], dataDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', `src/cli/${script}.ts`, ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

type Snapshot = { interventions: string[]; media: string[]; users: number; auditEntries: number }

async function snapshot(url: string, admin: Session): Promise<Snapshot> {
  const list = async (collection: string, field: string) =>
    ((await api(url, `/api/${collection}?limit=1000&depth=0&draft=true&sort=id`, { session: admin })).body.docs as any[]).map(
      (doc) => `${doc.id} ${doc[field]}`,
    )
  return {
    auditEntries: (await api(url, '/api/audit-log?limit=0', { session: admin })).body.totalDocs,
    interventions: await list('interventions', 'title'),
    media: await list('media', 'filename'),
    users: (await api(url, '/api/users?limit=0', { session: admin })).body.totalDocs,
  }
}

describe('backup and restore of the embedded default', () => {
  const dataDir = temporaryDataDir('backup')
  const archive = path.join(temporaryDataDir('backup-file'), 'weerbaar.tar.gz')
  let server: TestServer | undefined

  afterAll(async () => {
    await server?.stop()
  })

  it('takes a consistent snapshot while the server writes, and a restore brings back everything', async () => {
    server = await startServer({ DATA_DIR: dataDir }, 'backup')
    let admin = await login(server.url, 'admin@weerbaar.test')
    const curator = await login(server.url, 'curator@weerbaar.test')
    const pdf = pdfBytes('Draaiboek back-up')
    const upload = await uploadFile(server.url, { bytes: pdf, name: 'draaiboek.pdf', type: 'application/pdf' }, curator, {
      visibility: 'public',
    })
    expect(upload.status).toBe(201)
    const card = await api(server.url, '/api/interventions', {
      body: {
        _status: 'published',
        attachments: [upload.body.doc.id],
        goal: 'Doel.',
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: 'Met bijlage.',
        title: 'Kaart die de back-up overleeft',
        visibility: 'public',
      },
      method: 'POST',
      session: curator,
    })
    expect(card.status).toBe(201)

    // A backup taken in the middle of a burst of writes completes and is usable.
    const burst = Promise.all(
      Array.from({ length: 15 }, (_, index) =>
        api(server!.url, '/api/interventions', {
          body: {
            goal: 'Doel.',
            preventionLevel: ['primary'],
            role: ['victim'],
            summary: 'S.',
            title: `Tijdens de back-up ${index}`,
            visibility: 'partners',
          },
          method: 'POST',
          session: curator,
        }),
      ),
    )
    const during = await runCli('backup', [archive], dataDir)
    await burst
    expect(during.code, during.output).toBe(0)

    // The round trip: a backup of a quiet workspace, restored, is the same workspace.
    const before = await snapshot(server.url, admin)
    const quiet = await runCli('backup', [archive], dataDir)
    expect(quiet.code, quiet.output).toBe(0)
    expect(quiet.output).toMatch(/backup: .*weerbaar\.tar\.gz \(\d+ KiB, database and 1 uploaded files\)/)
    await server.stop()
    server = undefined

    const restored = await runCli('restore', [archive], dataDir)
    expect(restored.code, restored.output).toBe(0)
    expect(restored.output).toMatch(/What was there before is in .*before-restore-/)
    expect(fs.readdirSync(dataDir).some((name) => name.startsWith('before-restore-'))).toBe(true)

    server = await startServer({ DATA_DIR: dataDir }, 'backup')
    admin = await login(server.url, 'admin@weerbaar.test')
    expect(await snapshot(server.url, admin)).toEqual(before)
    const file = await fetch(`${server.url}${upload.body.doc.url}`)
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true)
    const search = await api(server.url, '/api/search?q=overleeft')
    expect(search.body.hits.map((hit: any) => hit.title)).toContain('Kaart die de back-up overleeft')
  }, 300_000)

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const notABackup = path.join(temporaryDataDir('not-a-backup'), 'notes.tar.gz')
    fs.writeFileSync(notABackup, 'just text')
    const empty = temporaryDataDir('restore-target')
    const { code, output } = await runCli('restore', [notABackup], empty)
    expect(code).toBe(1)
    expect(output).toMatch(/restore failed/)
    expect(fs.readdirSync(empty)).toEqual([])
  })
})
