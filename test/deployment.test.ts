import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'

import {
  argumentsOf,
  compose,
  composeText,
  contextExcludes,
  dockerfileStages,
  fromStageOf,
  root,
  runtimeSources,
} from './helpers/deployment'

/**
 * The production stack as files: what docker compose, the Dockerfile and .dockerignore promise,
 * checked here because no Docker engine runs on this machine (README, "Running in production").
 */
const { services } = compose()
const exactVersion = /^[\w./-]+:v?\d+\.\d+\.\d+(-[\w.-]+)?$/
const builtHere = 'weerbaar:local'
const longRunning = ['app', 'worker', 'proxy', 'mongo', 'meilisearch', 'mailpit']
const healthcheckText = (name: string) => [services[name]?.healthcheck?.test ?? []].flat().join(' ')

/** Every environment variable the running code reads (tests and benchmarks aside). */
function variablesTheCodeReads(): string[] {
  const names = new Set<string>()
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) visit(file)
      else if (/\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        for (const match of fs.readFileSync(path.join(root, file), 'utf8').matchAll(/process\.env(?:\.([A-Z_]+)|\[['"]([A-Z_]+)['"]\])/g))
          names.add(match[1] ?? match[2]!)
      }
    }
  }
  for (const dir of ['src', 'lib', 'domain', 'collections', 'plugins', 'seed']) visit(dir)
  return [...names].sort()
}

describe('docker-compose.yml', () => {
  it('pins every image to an exact version, or builds ours from the Dockerfile', () => {
    for (const [name, service] of Object.entries(services)) {
      if (service.image !== builtHere) expect(service.image, `${name}'s image`).toMatch(exactVersion)
      // Only one service builds it: several building one tag at once fail on Docker's containerd image store.
      else if (name === 'app') expect(service.build).toBe('.')
      else
        expect({ build: service.build, pull_policy: service.pull_policy }, `${name} uses the app's image`).toEqual({
          build: undefined,
          pull_policy: 'never',
        })
    }
  })

  it('restarts every long-running service, and runs the one-shot search-key service to completion before the app', () => {
    for (const name of longRunning) expect(services[name]?.restart, name).toBe('unless-stopped')
    expect(services['search-key']?.restart).toBe('no')
    for (const name of ['app', 'worker'])
      expect(services[name]?.depends_on, name).toMatchObject({
        meilisearch: { condition: 'service_healthy' },
        mongo: { condition: 'service_healthy' },
        'search-key': { condition: 'service_completed_successfully' },
      })
  })

  it('checks health over IPv4 addresses, never "localhost", which may resolve to ::1', () => {
    for (const name of Object.keys(services)) expect(healthcheckText(name), name).not.toMatch(/localhost/)
    expect(healthcheckText('meilisearch')).toContain('http://127.0.0.1:7700/health')
    expect(healthcheckText('mongo')).toContain('/etc/weerbaar/healthcheck.js')
    expect(services.mongo?.volumes).toContain('./deploy/mongo:/etc/weerbaar:ro')
  })

  it('runs MongoDB as a replica set with authentication, and the app signs in as its own user', () => {
    const mongo = services.mongo!
    expect(mongo.command).toEqual(expect.arrayContaining(['--replSet', 'rs0', '--keyFile']))
    expect(mongo.environment?.MONGO_INITDB_ROOT_PASSWORD).toBeTruthy()
    expect(mongo.volumes).toContain('./deploy/mongo/create-app-user.js:/docker-entrypoint-initdb.d/create-app-user.js:ro')
    const uri = new URL(services.app!.environment!.DATABASE_URI!.replace(/\$\{[^}]+\}/, 'password'))
    expect(uri.username).toBe('weerbaar')
    expect(uri.searchParams.get('replicaSet'), 'transactions need the replica set').toBe('rs0')
    expect(uri.searchParams.get('authSource')).toBe('weerbaar')
    expect(fs.readFileSync(path.join(root, 'deploy/mongo/create-app-user.js'), 'utf8')).toMatch(/role: 'readWrite'/)
  })

  it('gives the master key of Meilisearch only to Meilisearch and the service that makes the app its own key', () => {
    const holders = Object.entries(services)
      .filter(([, service]) => JSON.stringify(service.environment ?? {}).includes('MEILI_MASTER_KEY'))
      .map(([name]) => name)
    expect(holders.sort()).toEqual(['meilisearch', 'search-key'])
    expect(services.app?.environment?.MEILI_API_KEY_FILE).toBe('/app/secrets/meili-api-key')
    expect(services.app?.volumes).toContain('search-key:/app/secrets:ro')
  })

  it('lets the app scale behind the proxy: no fixed host port or container name on the app, the proxy finds every replica', () => {
    expect(services.app?.ports).toBeUndefined()
    expect(services.app?.container_name).toBeUndefined()
    expect(services.proxy?.ports).toEqual(expect.arrayContaining(['${HTTP_PORT:-80}:80', '${HTTPS_PORT:-443}:443']))
    const caddyfile = fs.readFileSync(path.join(root, 'deploy/caddy/Caddyfile'), 'utf8')
    expect(caddyfile).toMatch(/dynamic a \{\s*name app\s*port 3000/)
    expect(services.app?.environment?.TRUST_PROXY).toBe('${TRUST_PROXY:-1}')
  })

  it('runs the background work in exactly one worker, never in the app replicas', () => {
    expect(services.app?.environment?.BACKGROUND_WORK).toBe('off')
    expect(services.worker?.environment?.BACKGROUND_WORK).toBe('on')
    expect(services.worker?.deploy?.replicas).toBe(1)
    expect(services.worker?.command).toContain('src/cli/worker.ts')
    const working = Object.entries(services).filter(([, service]) => service.environment?.BACKGROUND_WORK === 'on')
    expect(working.map(([name]) => name)).toEqual(['worker'])
  })

  it('passes every setting the code reads to the app and the worker explicitly, and requires the ones without a safe default', () => {
    for (const name of ['app', 'worker']) {
      const passed = Object.keys(services[name]?.environment ?? {})
      expect(
        variablesTheCodeReads().filter((variable) => !passed.includes(variable)),
        `not passed to ${name}`,
      ).toEqual([])
    }
    const text = composeText()
    for (const required of ['SERVER_URL', 'PAYLOAD_SECRET', 'MEILI_MASTER_KEY', 'MONGO_ROOT_PASSWORD', 'MONGO_APP_PASSWORD'])
      expect(text, `${required} is required`).toContain(`\${${required}:?`)
    expect(services.app?.environment?.SEED_DEMO).toBe('${SEED_DEMO:-false}')
    expect(services.app?.environment?.SEED_PASSWORD, 'no public password by default').toBe('${SEED_PASSWORD:-}')
  })

  it('documents in .env.example every variable it reads from .env', () => {
    const documented = fs.readFileSync(path.join(root, '.env.example'), 'utf8')
    const interpolated = new Set([...composeText().matchAll(/\$\{([A-Z_]+)/g)].map((match) => match[1]!))
    expect([...interpolated].filter((name) => !new RegExp(`^#? ?${name}=`, 'm').test(documented))).toEqual([])
  })

  it('keeps the app and the worker on a read-only root filesystem, writing only to declared volumes and /tmp', () => {
    for (const name of ['app', 'worker', 'search-key']) {
      expect(services[name]?.read_only, name).toBe(true)
      expect(services[name]?.tmpfs, name).toEqual(['/tmp'])
    }
  })
})

describe('the MongoDB healthcheck script', () => {
  /** Runs deploy/mongo/healthcheck.js as mongosh would, against a server in the given state. */
  const check = (state: 'uninitialised' | 'secondary' | 'primary' | 'broken') => {
    const initiated: unknown[] = []
    let exitCode = 0
    const context = {
      db: { hello: () => ({ isWritablePrimary: state === 'primary' }) },
      quit: (code = 0) => {
        exitCode = code
        throw new Error('quit')
      },
      rs: {
        initiate: (config: unknown) => initiated.push(config),
        status: () => {
          if (state === 'uninitialised')
            throw Object.assign(new Error('no replset config has been received'), { codeName: 'NotYetInitialized' })
          if (state === 'broken') throw Object.assign(new Error('not authorized'), { codeName: 'Unauthorized' })
          return { ok: 1 }
        },
      },
    }
    try {
      vm.runInNewContext(fs.readFileSync(path.join(root, 'deploy/mongo/healthcheck.js'), 'utf8'), context)
    } catch (error) {
      if ((error as Error).message !== 'quit') return { exitCode: 1, initiated, threw: (error as Error).message }
    }
    return { exitCode, initiated }
  }

  it('initiates the replica set on the first start and is healthy only on the PRIMARY', () => {
    const first = check('uninitialised')
    expect(first.exitCode).toBe(1)
    expect(first.initiated).toEqual([{ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] }])
    expect(check('secondary')).toEqual({ exitCode: 1, initiated: [] })
    expect(check('primary')).toEqual({ exitCode: 0, initiated: [] })
    expect(check('broken')).toMatchObject({ exitCode: 1, initiated: [], threw: 'not authorized' })
  })
})

describe('the Dockerfile', () => {
  const stages = dockerfileStages()
  const final = stages.at(-1)!
  const keyword = (stage: (typeof stages)[number], name: string) => stage.instructions.filter((each) => each.getKeyword() === name)

  it('builds in stages on an exact, supported Node LTS', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2)
    for (const stage of stages) {
      expect(stage.image).toMatch(exactVersion)
      const major = Number(/^node:(\d+)\./.exec(stage.image)?.[1])
      expect(major % 2 === 0 && major >= 22, `${stage.image} is an LTS line still supported in 2027`).toBe(true)
    }
  })

  it('runs as the unprivileged node user, with production dependencies only', () => {
    expect(argumentsOf(keyword(final, 'USER').at(-1)!)).toEqual(['node'])
    const modules = keyword(final, 'COPY').find((each) => argumentsOf(each).includes('./node_modules'))!
    const source = stages.find((stage) => stage.name === fromStageOf(modules))!
    expect(
      keyword(source, 'RUN')
        .map((each) => each.getArgumentsContent())
        .join(' '),
    ).toMatch(/npm ci --omit=dev/)
  })

  it('ships the server and the built app, never tests, benchmarks, CI files or a whole build context', () => {
    const sources = runtimeSources()
    expect(sources).not.toContain('.')
    for (const forbidden of ['test', 'bench', '.ci', 'docs', 'data', '.env', 'deploy']) expect(sources).not.toContain(forbidden)
    for (const needed of ['src', 'collections', 'plugins', 'domain', 'lib', 'migrations', 'seed', 'package.json'])
      expect(sources).toContain(needed)
  })
})

describe('.dockerignore', () => {
  const excluded = contextExcludes()

  it('keeps secrets, data, tests, benchmarks and CI files out of the build context', () => {
    for (const file of [
      '.env',
      '.env.local',
      '.env.production',
      'data/weerbaar.db',
      'data/.payload-secret',
      'test/api.sqlite.test.ts',
      'bench/index.ts',
      '.ci/run',
      '.git/HEAD',
      'node_modules/payload/package.json',
      'test-results/a.png',
    ])
      expect(excluded(file), file).toBe(true)
  })

  it('lets in everything the image copies', () => {
    for (const source of runtimeSources()) {
      const files = fs.statSync(path.join(root, source)).isDirectory()
        ? fs
            .readdirSync(path.join(root, source), { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
        : [source]
      expect(files.filter(excluded), `${source} is copied but excluded`).toEqual([])
    }
  })
})

describe('SERVER_URL, which compose requires', () => {
  const check = (value: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', '-e', "import('./src/env.ts').then((env) => env.checkServerUrl())"], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production', SERVER_URL: value },
    })

  it('is taken as the address people use, and refused where nobody could sign in or the proxy would serve only part of it', () => {
    for (const usable of ['https://weerbaar.example.nl', 'http://localhost', 'http://127.0.0.1:8080'])
      expect(check(usable).status, usable).toBe(0)
    const refusals = {
      'ftp://weerbaar.example.nl': /must start with https:\/\/ or http:\/\//,
      'http://weerbaar.example.nl': /browsers drop the Secure sign-in cookie/,
      'https://weerbaar.example.nl/': /must not end in "\/"/,
      'https://weerbaar.example.nl/portal': /without a path/,
      'weerbaar.example.nl': /the address people use/,
    }
    for (const [value, reason] of Object.entries(refusals)) {
      const result = check(value)
      expect(result.status, value).not.toBe(0)
      expect(result.stderr, value).toMatch(reason)
    }
  })
})
