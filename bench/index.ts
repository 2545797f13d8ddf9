import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * `npm run bench`: boots the workspace on a fresh seeded SQLite database and prints each
 * figure next to a baseline measured in the same run, so machines can be compared by ratio.
 */
process.env.DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-bench-'))
process.env.LOG_LEVEL ??= 'warn'
// Throughput is measured from one address: the per-client budget would answer most of it with 429.
process.env.API_BUDGET_PER_MINUTE ??= '0'

const { startServer } = await import('../src/server')
const { seed } = await import('../seed')
const { default: config } = await import('../src/payload.config')
const { benchApiPath } = await import('./apiPath')
const { benchSearch } = await import('./search')
const { benchLoad } = await import('./load')
const { benchUnderAttack } = await import('./underAttack')

const server = await startServer({ port: 0, seedIfEmpty: seed, withNext: false })
try {
  await benchApiPath(server, config)
  await benchLoad(server)
} finally {
  await server.close()
}
await benchUnderAttack(process.env.DATA_DIR)
// Its own process and database: ten thousand accounts would change every other figure.
const digest = spawnSync(process.execPath, ['--expose-gc', '--conditions=production', '--import', 'tsx', 'bench/digest.ts'], {
  env: { ...process.env, DATA_DIR: '' },
  stdio: 'inherit',
})
if (digest.status !== 0) throw new Error(`the digest bench failed (exit ${digest.status})`)
// Its own process with the portal (Next), which the other figures leave out: a card with a long conversation.
const build = spawnSync('npm', ['run', '--silent', 'build:if-needed'], { stdio: 'inherit' })
if (build.status !== 0) throw new Error(`the portal build for the conversation bench failed (exit ${build.status})`)
const conversation = spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'bench/conversation.ts'], {
  env: { ...process.env, DATA_DIR: '' },
  stdio: 'inherit',
})
if (conversation.status !== 0) throw new Error(`the conversation bench failed (exit ${conversation.status})`)
// Its own process with the server in another (the production build): the portal's pages at 20 readers against a static file.
const portalPages = spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'bench/portalPages.ts'], {
  stdio: 'inherit',
})
if (portalPages.status !== 0) throw new Error(`the portal pages bench failed (exit ${portalPages.status})`)
const sizes = (process.env.BENCH_SIZES || '1000,10000,100000').split(',').map(Number)
await benchSearch(sizes)
process.exit(0)
