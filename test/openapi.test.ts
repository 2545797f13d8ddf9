import type { Payload } from 'payload'

import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../src/server'

import { anonymous, api, login } from './helpers/api'
import { hasChromium, launchChromium } from './helpers/browser'
import { temporaryDataDir } from './helpers/server'

type Operation = { summary?: string; 'x-access-rule'?: string; responses: Record<string, unknown> }
type Document = { openapi: string; info: { title: string; description: string }; paths: Record<string, Record<string, Operation>> }

/** `:id` as OpenAPI writes it, `{id}`; an optional `:id?` is the path without it and with it. */
function templates(path: string): string[] {
  const trimmed = path === '/' ? '' : path
  const braces = (value: string) => value.replace(/:(\w+)/g, '{$1}')
  if (!trimmed.endsWith('?')) return [braces(trimmed)]
  const withParameter = trimmed.slice(0, -1)
  return [braces(withParameter.slice(0, withParameter.lastIndexOf('/'))), braces(withParameter)]
}

/**
 * Every route the running server answers, listed without the generator: Payload's endpoints from
 * its sanitized config, and the express app's own routes from its router (catch-alls and the
 * file pre-check in front of Payload left out, as they forward to routes listed here).
 */
function routesServed(payload: Payload, app: RunningServer['app']): string[] {
  const { config } = payload
  const payloadRoutes = [
    ...config.collections.flatMap((collection) =>
      (collection.endpoints || []).map((endpoint) => ({ base: `/api/${collection.slug}`, endpoint })),
    ),
    ...config.globals.flatMap((global) => (global.endpoints || []).map((endpoint) => ({ base: `/api/globals/${global.slug}`, endpoint }))),
    ...(config.endpoints || []).map((endpoint) => ({ base: '/api', endpoint })),
  ].flatMap(({ base, endpoint }) => templates(endpoint.path).map((path) => `${endpoint.method} ${base}${path}`))
  type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } }
  const expressRoutes = (stack: Layer[]): string[] =>
    stack.flatMap((layer) =>
      layer.route
        ? Object.keys(layer.route.methods).map((method) => `${method} ${layer.route!.path}`)
        : layer.handle?.stack
          ? expressRoutes(layer.handle.stack)
          : [],
    )
  const hostRoutes = expressRoutes((app.router as unknown as { stack: Layer[] }).stack)
    .filter((route) => !route.includes('*'))
    .map((route) => route.replace(/:(\w+)/g, '{$1}'))
  return [...payloadRoutes, ...hostRoutes]
}

/**
 * The API reference a partner developer reads: an OpenAPI 3.1 document that validates, lists
 * every route the server answers with the rule that guards it, whose documented example works as
 * documented, and a reference page that renders in a browser without anything from a CDN.
 */
describe('the API reference', () => {
  let running: RunningServer
  let document: Document
  const url = () => running.url

  beforeAll(async () => {
    process.env.DATA_DIR = temporaryDataDir('openapi')
    process.env.LOG_LEVEL = 'fatal'
    const { startServer } = await import('../src/server')
    const { seed } = await import('../seed')
    running = await startServer({ port: 0, seedIfEmpty: (payload) => seed(payload, { demo: true }), withNext: false })
    const response = await api(url(), '/api/openapi.json', { session: anonymous })
    expect(response.status).toBe(200)
    document = response.body
  }, 300_000)

  afterAll(async () => {
    await running?.close()
  })

  it('is a valid OpenAPI 3.1 document titled "Weerbaar API", for anonymous readers too', async () => {
    expect(document.openapi).toBe('3.1.0')
    expect(document.info.title).toBe('Weerbaar API')
    const result = await new Validator().validate(document as never)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('lists every route the server answers, each with the rule that decides who may call it', () => {
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`)),
    )
    const served = routesServed(running.payload, running.app)
    expect(served.length).toBeGreaterThan(250)
    expect(served.filter((route) => !documented.has(route))).toEqual([])
    for (const route of [
      'post /api/interventions/{id}/publish',
      'get /api/search',
      'get /api/interventions-matrix',
      'post /api/graphql',
      'get /api/health',
    ]) {
      expect(documented).toContain(route)
    }
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ method, operation, path })),
    )
    expect(operations.filter(({ operation }) => !operation['x-access-rule'] || operation['x-access-rule'] === 'unnamed')).toEqual([])
    expect(document.paths['/api/interventions/{id}/publish'].post['x-access-rule']).toBe('publishersMayChange')
    expect(document.paths['/api/search/reindex'].post['x-access-rule']).toBe('adminsMayChange')
    expect(document.paths['/api/interventions'].get['x-access-rule']).toBe(
      String(
        (running.payload.collections.interventions.config.access.read as unknown as Record<symbol, unknown>)[
          Symbol.for('weerbaar.accessRuleName')
        ],
      ),
    )
  })

  it('documents the query syntax, the credentials, the error shape and its statuses', () => {
    const list = document.paths['/api/interventions'].get as unknown as {
      parameters: Array<{ $ref: string }>
      responses: Record<string, unknown>
    }
    const parameters = list.parameters.map((parameter) => parameter.$ref.split('/').pop())
    expect(parameters).toEqual(
      expect.arrayContaining(['where', 'select', 'populate', 'depth', 'limit', 'page', 'sort', 'locale', 'fallbackLocale', 'draft']),
    )
    expect(Object.keys(list.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '429', '503']))
    const text = JSON.stringify(document)
    for (const phrase of [
      'weerbaar-token',
      'Authorization: JWT <token>',
      'Authorization: Bearer wb_',
      'Accept-Language: en',
      'Retry-After',
    ]) {
      expect(text).toContain(phrase)
    }
  })

  it('describes custom endpoints from what they say about themselves, and a documented matrix request works', async () => {
    const search = document.paths['/api/search'].get as unknown as { summary: string; parameters: Array<{ name: string }> }
    expect(search.summary).toBe('Search published items')
    expect(search.parameters.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(['q', 'limit', 'type', 'evidenceLevel']))
    expect(document.paths['/api/interventions/{id}/publish'].post.summary).toBe('Publish')
    const matrix = document.paths['/api/interventions-matrix'].get as unknown as {
      parameters: Array<{ name: string; schema: { enum?: string[] } }>
    }
    const [rows, columns] = ['rows', 'columns'].map((name) => matrix.parameters.find((parameter) => parameter.name === name)!.schema.enum!)
    const response = await api(url(), `/api/interventions-matrix?rows=${rows.at(-1)}&columns=${columns[0]}`, { session: anonymous })
    expect(response.status).toBe(200)
    expect(response.body).toEqual(
      expect.objectContaining({ cells: expect.any(Array), rowsDimension: rows.at(-1), total: expect.any(Number) }),
    )
  })

  it('shows no secret: no hashes, salts or reset tokens, nor the server’s secret', () => {
    const schemas = (document as unknown as { components: { schemas: Record<string, { properties: Record<string, unknown> }> } }).components
      .schemas
    for (const schema of [schemas.users, schemas['users.input']]) {
      for (const field of ['salt', 'hash', 'resetPasswordToken']) expect(schema.properties).not.toHaveProperty(field)
    }
    expect(schemas.users.properties).not.toHaveProperty('password')
    expect(JSON.stringify(document)).not.toContain(running.payload.secret)
  })

  it('has an example that works as documented, and shows an anonymous reader only public cards', async () => {
    const example = /GET (\/api\/interventions\?\S+)/.exec(document.info.description)?.[1]
    expect(example).toBeDefined()
    const asVisitor = await api(url(), example!, { session: anonymous })
    expect(asVisitor.status).toBe(200)
    expect(asVisitor.body.docs.length).toBeGreaterThan(0)
    for (const doc of asVisitor.body.docs) expect(Object.keys(doc).sort()).toEqual(['id', 'slug', 'title'])
    // `locale=en`: the English title of a card written in Dutch.
    expect(asVisitor.body.docs.map((doc: { slug: string }) => doc.slug)).toContain('hack-right-jonge-cyberdaders')
    // A partners-only card of the same evidence level is there for a member, not for a visitor.
    expect(asVisitor.body.docs.map((doc: { slug: string }) => doc.slug)).not.toContain('hulp-bij-sextortion')
    const member = await login(url(), 'member.zoetermeer@weerbaar.test')
    const asMember = await api(url(), example!.replace('limit=5', 'limit=50'), { session: member })
    expect(asMember.body.docs.map((doc: { slug: string }) => doc.slug)).toContain('hulp-bij-sextortion')
  })

  it('answers a documented refusal in the documented shape', async () => {
    const response = await api(url(), '/api/interventions?limit=5000', { session: anonymous })
    expect(response.status).toBe(400)
    const [error] = response.body.errors
    expect(error.message).toMatch(/limit/)
    expect([error.parameter, error.parameters].flat()).toContain('limit')
    const inDutch = await api(url(), '/api/interventions/unknown-id', { headers: { 'accept-language': 'nl' }, session: anonymous })
    expect(inDutch.status).toBe(404)
    expect(inDutch.body.errors[0].message).toEqual(expect.any(String))
  })

  it.skipIf(!hasChromium)(
    'renders the reference page in Chromium, with the operations listed',
    async () => {
      const browser = await launchChromium()
      try {
        const page = await browser.newPage({ viewport: { height: 844, width: 390 } })
        const outside: string[] = []
        page.on('request', (request) => {
          if (!request.url().startsWith(url())) outside.push(request.url())
        })
        const blocked: string[] = []
        page.on('console', (message) => {
          if (message.type() === 'error') blocked.push(message.text())
        })
        await page.goto(`${url()}/api/docs`)
        await expect(page.title()).resolves.toBe('Weerbaar API')
        await page
          .getByRole('heading', { name: /Weerbaar API/ })
          .first()
          .waitFor({ timeout: 60_000 })
        await page.locator('.opblock-summary-path[data-path="/api/interventions/{id}/publish"]').waitFor({ timeout: 60_000 })
        // The list is long (and drawn as it scrolls): narrowing it down by tag finds the matrix.
        await page.locator('.operation-filter-input').fill('interventions-matrix')
        await page.locator('.opblock-summary-path[data-path="/api/interventions-matrix"]').waitFor({ timeout: 60_000 })
        await page.locator('.opblock-summary-path[data-path="/api/interventions-matrix"]').click()
        await page.getByText('anyoneMayAsk').first().waitFor({ timeout: 30_000 })
        expect(outside).toEqual([])
        expect(blocked.filter((text) => /Content Security Policy/i.test(text))).toEqual([])
      } finally {
        await browser.close()
      }
    },
    120_000,
  )
})
