import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Builds the Next app (admin panel and portal) only when its inputs changed since the last
 * build, so `npm start` and `npm test` are quick after the first run.
 */
const root = process.cwd()
const inputs = ['src', 'collections', 'plugins', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']
const stampFile = path.join(root, '.next', 'weerbaar-build-stamp')

function* filesUnder(entry: string): Generator<string> {
  const full = path.join(root, entry)
  if (!fs.existsSync(full)) return
  if (fs.statSync(full).isFile()) {
    yield entry
    return
  }
  for (const child of fs.readdirSync(full).sort()) yield* filesUnder(path.join(entry, child))
}

function fingerprint(): string {
  const hash = createHash('sha256')
  for (const input of inputs) {
    for (const file of filesUnder(input)) {
      hash.update(file)
      hash.update(fs.readFileSync(path.join(root, file)))
    }
  }
  return hash.digest('hex')
}

const wanted = fingerprint()
const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : ''

if (built === wanted) {
  process.stderr.write('build: the admin panel and portal are up to date\n')
} else {
  process.stderr.write('build: building the admin panel and portal (a few minutes the first time)...\n')
  const result = spawnSync('npx', ['next', 'build'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: 'inherit',
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
  fs.writeFileSync(stampFile, wanted)
}
