import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, eventually, login, uploadFile } from './helpers/api'
import { contextExcludes, root, runtimeSources } from './helpers/deployment'
import { pdfBytes } from './helpers/files'
import { freePort } from './helpers/server'

const nobody = 65534
const canSwitchUser = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0
const skipReason = canSwitchUser ? undefined : 'needs root and setpriv (util-linux) to run the server as an unprivileged user'
if (skipReason) console.info(`the image rehearsal skipped: ${skipReason}`)

/**
 * The image without a Docker engine: the files the Dockerfile's last stage copies (through
 * .dockerignore), its `npm ci --omit=dev`, the built Next app, and the server started as a user
 * who owns nothing there, so the app tree is as read-only as the container's root filesystem and
 * only the data directory (the volume) is writable.
 */
describe.skipIf(Boolean(skipReason))(`the image, rehearsed${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-image-'))
  const app = path.join(stage, 'app')
  const data = path.join(stage, 'data')
  let server: ChildProcess
  let output = ''
  let url = ''

  beforeAll(async () => {
    fs.chmodSync(stage, 0o755)
    fs.mkdirSync(app, { mode: 0o755 })
    const excluded = contextExcludes()
    for (const source of runtimeSources())
      fs.cpSync(path.join(root, source), path.join(app, source), {
        filter: (file) => !excluded(path.relative(root, file)),
        recursive: true,
      })
    const install = spawnSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: app, encoding: 'utf8' })
    expect(install.status, install.stderr).toBe(0)
    fs.cpSync(path.join(root, '.next'), path.join(app, '.next'), {
      filter: (file) => !file.startsWith(path.join(root, '.next', 'cache')),
      recursive: true,
    })
    fs.mkdirSync(data)
    fs.chownSync(data, nobody, nobody)

    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    server = spawn(
      'setpriv',
      [
        `--reuid=${nobody}`,
        `--regid=${nobody}`,
        '--clear-groups',
        process.execPath,
        '--conditions=production',
        '--import',
        'tsx',
        'src/cli/start.ts',
      ],
      {
        cwd: app,
        env: {
          DATA_DIR: data,
          HOME: '/nonexistent',
          LOG_LEVEL: 'info',
          NEXT_TELEMETRY_DISABLED: '1',
          NODE_ENV: 'production',
          PATH: process.env.PATH,
          PORT: String(port),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    server.stdout?.on('data', (chunk) => (output += chunk))
    server.stderr?.on('data', (chunk) => (output += chunk))
    await eventually(
      'the rehearsed image to answer /api/health',
      async () => {
        if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}:\n${output}`)
        return fetch(`${url}/api/health`).then(
          (response) => response.ok,
          () => false,
        )
      },
      180_000,
    )
  }, 600_000)

  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGKILL')
      await new Promise((resolve) => server.once('exit', resolve))
    }
    fs.rmSync(stage, { force: true, recursive: true })
  })

  it('serves the portal, the admin panel, the API and search with production dependencies only, as a user who cannot change the app', async () => {
    expect(fs.existsSync(path.join(app, 'node_modules', 'vitest')), 'no development dependencies').toBe(false)
    expect(fs.existsSync(path.join(app, 'test')), 'no tests').toBe(false)
    for (const page of ['/', '/admin/login']) expect((await fetch(`${url}${page}`)).status, page).toBe(200)
    expect((await api(url, '/api/interventions?limit=1')).body.totalDocs).toBeGreaterThan(0)
    expect((await api(url, '/api/search?q=phishing')).body.total).toBeGreaterThan(0)
  })

  it('writes documents and uploads to the data directory only', async () => {
    const curator = await login(url, 'curator@weerbaar.test')
    const upload = await uploadFile(url, { bytes: pdfBytes('Weerbaar'), name: 'rehearsal.pdf', type: 'application/pdf' }, curator, {
      visibility: 'partners',
    })
    expect(upload.status, JSON.stringify(upload.body)).toBe(201)
    expect(fs.readdirSync(path.join(data, 'media'))).toContain('rehearsal.pdf')
    expect(output).not.toMatch(/EACCES|EROFS|permission denied/i)
  })

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)))
    server.kill('SIGTERM')
    expect(await exited).toBe(0)
  }, 60_000)
})
