import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { login } from './helpers/api'
import { startServer, temporaryDataDir } from './helpers/server'

const root = path.resolve(import.meta.dirname, '..')

const runSeed = (dataDir: string, env: Record<string, string> = {}) => {
  const result = spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'seed/run.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    timeout: 120_000,
  })
  expect(result.status, result.stderr).toBe(0)
  const report = /done: (\d+) created, (\d+) already there/.exec(result.stderr)
  expect(report, result.stderr).not.toBeNull()
  return { created: Number(report![1]), output: result.stderr, skipped: Number(report![2]) }
}

describe('npm run seed', () => {
  it('loads the region with progress, and a second run changes nothing', () => {
    const dataDir = temporaryDataDir('seed')
    const first = runSeed(dataDir)
    expect(first.created).toBeGreaterThan(90)
    expect(first.skipped).toBe(0)
    expect(first.output).toMatch(/organisations\s+\[#+\] 45\/45/)
    expect(first.output).toMatch(/interventions\s+\[#+\] \d+\/\d+/)

    const second = runSeed(dataDir)
    expect(second.created).toBe(0)
    expect(second.skipped).toBe(first.created)
  }, 180_000)

  it('adds the demo items and accounts only where asked; the region itself always', () => {
    const withDemo = runSeed(temporaryDataDir('seed-demo'))
    const withoutDemo = runSeed(temporaryDataDir('seed-nodemo'), { SEED_DEMO: 'false' })
    expect(withoutDemo.output).toMatch(/organisations\s+\[#+\] 45\/45/)
    expect(withoutDemo.output).toMatch(/themes\s+\[#+\]/)
    expect(withoutDemo.output).not.toMatch(/demo users|interventions|experiences/)
    expect(withoutDemo.output).toContain('no demo content: SEED_DEMO=true adds it')
    // The demo items, groups, a workshop session, experiences and accounts.
    expect(withDemo.created - withoutDemo.created).toBeGreaterThan(30)
    // Two full seeds in child processes: on a busy two-core machine that can take over a minute.
  }, 180_000)

  it('on a workspace others can reach, loads no demo content unless asked, and then never with the public password', async () => {
    const reachable = { SERVER_URL: 'https://weerbaar.example.nl' }
    const plain = runSeed(temporaryDataDir('seed-reachable'), reachable)
    expect(plain.output).not.toMatch(/demo users/)

    const refused = spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'seed/run.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...reachable,
        DATA_DIR: temporaryDataDir('seed-public'),
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'true',
        SEED_PASSWORD: 'weerbaar-demo',
      },
      timeout: 120_000,
    })
    expect(refused.status).not.toBe(0)
    expect(refused.stdout + refused.stderr).toMatch(/SEED_PASSWORD .{0,4}weerbaar-demo.{0,4} is published in the README/)
    expect(refused.stderr, 'refused before anything was written').not.toMatch(/organisations\s+\[/)

    const dataDir = temporaryDataDir('seed-generated')
    const demo = runSeed(dataDir, { ...reachable, SEED_DEMO: 'true' })
    const printed = /have the password\n\n {4}(\S+)\n/.exec(demo.output)
    expect(printed, demo.output).not.toBeNull()
    const password = printed![1]!
    expect(password).not.toBe('weerbaar-demo')
    expect(password.length).toBeGreaterThanOrEqual(20)
    expect(runSeed(dataDir, { ...reachable, SEED_DEMO: 'true' }).output, 'printed only when the accounts are created').not.toContain(
      password,
    )

    const server = await startServer({ ...reachable, DATA_DIR: dataDir }, 'seed-generated')
    try {
      await login(server.url, 'admin@weerbaar.test', password)
      await expect(login(server.url, 'admin@weerbaar.test', 'weerbaar-demo')).rejects.toThrow(/401/)
    } finally {
      await server.stop()
    }
  }, 400_000)
})
