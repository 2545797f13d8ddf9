import { execFile } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, demoPassword, login, type Session } from './helpers/api'
import { type ReadmeExample, readmeExamples } from './helpers/readmeExamples'
import { startServer, type TestServer } from './helpers/server'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '..')

/**
 * "Building on Weerbaar" in the README, copied and pasted as a partner developer would: every
 * marked example runs, in the README's order, in one folder, against a server with the demo
 * content, with `WEERBAAR` and the key the README's own example issued.
 */
describe('the README examples for partner developers', () => {
  let server: TestServer
  let folder: string
  let partner: Session
  let receiver: http.Server
  const received: { body: string; signature?: string }[] = []
  const env: Record<string, string> = {}
  const examples = readmeExamples()
  const ids = [...new Set(examples.map((example) => example.id))]

  /** What each example must do, beyond exiting with 0: a partner would see it. */
  const expectations: Record<string, (stdout: string) => Promise<void> | void> = {
    'issue-key': (stdout) => {
      expect(stdout.trim()).toMatch(/^wb_\S+$/)
      env.WEERBAAR_KEY = stdout.trim()
    },
    'use-key': async (stdout) => {
      const { body } = await api(server.url, '/api/interventions?limit=3&select[title]=true', { session: partner })
      expect(stdout.trim().split('\n')).toEqual(body.docs.map((doc: { title: string }) => doc.title))
    },
    'api-reference': async (stdout) => {
      const [rule, ...titles] = stdout.trim().split('\n')
      expect(rule).toBe('Publish: publishersMayChange')
      const query = 'where[evidenceLevel][in]=well-founded,effective-first,effective-good&select[title]=true&depth=0&limit=5&locale=en'
      const { body } = await api(server.url, `/api/interventions?${query}`, { session: partner })
      expect(body.docs.length).toBeGreaterThan(0)
      expect(titles).toEqual(body.docs.map((doc: { title: string }) => doc.title))
    },
    vocabulary: (stdout) => {
      const rows = stdout.trim().split('\n')
      expect(rows).toContain('not-assessed\tnot_assessed\tNiet beoordeeld')
      expect(rows).toHaveLength(6)
    },
    spreadsheets: (stdout) => {
      const matrix = fs.readFileSync(path.join(folder, 'matrix.csv'))
      expect([...matrix.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      expect(stdout).toMatch(/^\uFEFF"[^"]+";"Primair";/)
      const workbook = fs.readFileSync(path.join(folder, 'phishing.xlsx'))
      expect(workbook.subarray(0, 2).toString()).toBe('PK')
    },
    webhook: async (stdout) => {
      const [secret, result] = stdout.trim().split('\n')
      expect(secret).toMatch(/^whsec_/)
      expect(result).toBe('test delivery: delivered, answered 204')
      const delivery = received.at(-1)!
      const { isFromWeerbaar } = await import(path.join(folder, 'verify.ts'))
      expect(isFromWeerbaar(delivery.body, delivery.signature, secret)).toBe(true)
      expect(isFromWeerbaar(delivery.body.replace('}', ' }'), delivery.signature, secret)).toBe(false)
      expect(isFromWeerbaar(delivery.body, delivery.signature, 'whsec_someone-else')).toBe(false)
    },
    feeds: (stdout) => {
      const lines = stdout.trim().split('\n')
      expect(lines[0]).toBe('<title>Weerbaar – Online fraude en oplichting</title>')
      expect(Number(lines[1])).toBeGreaterThan(2)
      expect(lines[2]).toBe('304')
    },
    'typed-client': async (stdout) => {
      const levels = ['effective-first', 'effective-good', 'effective-strong'].join(',')
      const { body } = await api(server.url, `/api/interventions?where[evidenceLevel][in]=${levels}&sort=title&limit=10`, {
        session: partner,
      })
      expect(body.docs.length).toBeGreaterThan(0)
      expect(
        stdout
          .trim()
          .split('\n')
          .map((line) => line.split(' (')[0]),
      ).toEqual(body.docs.map((doc: { title: string }) => doc.title))
      // Typed: the compiler refuses a value the schema does not have.
      fs.writeFileSync(
        path.join(folder, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', noEmit: true, strict: true, target: 'ES2022' },
        }),
      )
      await run('npx', ['tsc', '-p', '.'], { cwd: folder })
      const misspelt = fs.readFileSync(path.join(folder, 'cards.ts'), 'utf8').replace("'effective_strong'", "'effective-strong'")
      fs.writeFileSync(path.join(folder, 'cards.ts'), misspelt)
      const compiled = await run('npx', ['tsc', '-p', '.'], { cwd: folder }).catch((error: { stdout: string }) => error)
      expect(compiled.stdout).toMatch(/"effective-strong"' is not assignable/)
    },
    'meilisearch-client': async (stdout) => {
      const lines = stdout.trim().split('\n')
      const facetDistribution = JSON.parse(lines.pop()!)
      const { body } = await api(server.url, '/api/search?q=phisihng&type=interventions&limit=3', { session: partner })
      expect(body.hits.length).toBeGreaterThan(0)
      expect(lines.map((line) => line.replace(/<\/?em>/g, ''))).toEqual(body.hits.map((hit: { title: string }) => hit.title))
      expect(lines[0]).toContain('<em>Phishing</em>')
      expect(facetDistribution.evidenceLevel).toEqual(body.facets.evidenceLevel)
    },
    'meilisearch-curl': async (stdout) => {
      const { body } = await api(server.url, '/api/search?q=phisihng&type=interventions&limit=3', { session: partner })
      expect(stdout.trim().split('\n')).toEqual(body.hits.map((hit: { title: string }) => hit.title))
    },
    limits: (stdout) => {
      const headers = Object.fromEntries(
        stdout
          .trim()
          .split('\n')
          .map((line) => line.split(/:\s*/).map((part) => part.trim())),
      )
      expect(headers['RateLimit-Policy']).toBe('60000;w=60')
      expect(Number(headers['RateLimit-Remaining'])).toBeLessThanOrEqual(60000 - 21)
      expect(Number(headers['RateLimit-Reset'])).toBeGreaterThan(0)
    },
  }

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        received.push({ body, signature: req.headers['weerbaar-signature'] as string | undefined })
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    env.RECEIVER = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/weerbaar`
    // The receiver runs beside the test, on this machine: a production server would refuse its address.
    server = await startServer({ WEBHOOK_ALLOW_PRIVATE_HOSTS: 'true' }, 'readme')
    const signIn = await api(server.url, '/api/users/login', {
      body: { email: 'admin@weerbaar.test', password: demoPassword },
      method: 'POST',
    })
    env.ADMIN_TOKEN = signIn.body.token
    partner = await login(server.url, 'partner@weerbaar.test')
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-readme-'))
    // The partner's own project, with the packages the README installs (here: this repository's).
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(folder, 'node_modules'))
    fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name: 'partner-system', private: true, type: 'module' }))
    env.WEERBAAR = server.url
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    receiver?.close()
    if (folder) fs.rmSync(folder, { force: true, recursive: true })
  })

  it('has an expectation for every example and an example for every expectation', () => {
    expect([...ids].sort()).toEqual(Object.keys(expectations).sort())
  })

  const runExample = async (id: string) => {
    const parts = examples.filter((example) => example.id === id)
    for (const part of parts.filter((each): each is ReadmeExample & { file: string } => Boolean(each.file))) {
      fs.writeFileSync(path.join(folder, part.file), part.code)
    }
    let stdout = ''
    for (const script of parts.filter((each) => !each.file)) {
      const result = await run('bash', ['--norc', '--noprofile', '-euo', 'pipefail', '-c', script.code], {
        cwd: folder,
        env: { HOME: process.env.HOME ?? os.tmpdir(), NODE_ENV: 'production', PATH: process.env.PATH ?? '', ...env },
        timeout: 120_000,
      }).catch((error: Error & { stderr?: string }) => {
        throw new Error(`README example "${id}" (line ${script.line}) failed: ${error.message}\n${error.stderr ?? ''}`)
      })
      stdout += result.stdout
    }
    await expectations[id]!(stdout)
  }

  // In the README's order: later examples use the key the first one issued.
  for (const id of ids) {
    it(`example "${id}" works as written`, () => runExample(id), 180_000)
  }
})
