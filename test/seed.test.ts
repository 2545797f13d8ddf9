import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { temporaryDataDir } from './helpers/server'

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
    expect(first.output).toMatch(/organisations\s+\[#+\] 35\/35/)
    expect(first.output).toMatch(/interventions\s+\[#+\] \d+\/\d+/)

    const second = runSeed(dataDir)
    expect(second.created).toBe(0)
    expect(second.skipped).toBe(first.created)
  }, 180_000)

  it('creates demo users only where asked', () => {
    const withUsers = runSeed(temporaryDataDir('seed-demo'))
    const withoutUsers = runSeed(temporaryDataDir('seed-nodemo'), { SEED_DEMO: 'false' })
    expect(withUsers.created - withoutUsers.created).toBe(5)
    expect(withoutUsers.output).not.toMatch(/demo users/)
    // Two full seeds in child processes: on a busy two-core machine that can take over a minute.
  }, 180_000)
})
