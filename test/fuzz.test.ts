import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

/** A small seeded generator, so a failing case can be replayed. */
function generator(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
  return { next, pick: <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]! }
}

const oddStrings = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  'zero\u200bwidth',
  '👩‍👩‍👧‍👦'.repeat(50),
  '<script>alert(1)</script>',
  "'; DROP TABLE interventions; --",
  '{"$gt": ""}',
  '../../etc/passwd',
  '%00%ff',
  'x'.repeat(300_000),
  'Ｔｉｔｅｌ',
  'e\u0301\u0301\u0301\u0301',
]
const oddValues = [
  null,
  true,
  0,
  -1,
  1e308,
  Number.MAX_SAFE_INTEGER,
  [],
  [[]],
  {},
  { $ne: null },
  { __proto__: { polluted: true } },
  ['a', 1, null],
  ...oddStrings,
]

/** Fields of every kind on an intervention card: text, rich text, select, relations (one, many, several collections), dates, groups, arrays. */
const fieldPaths = [
  'title',
  'summary',
  'body',
  'evidenceLevel',
  'role',
  'themes',
  'ownerOrganisation',
  'related',
  'related.value',
  'related.relationTo',
  'reviewBy',
  'publishedAt',
  'emmie.effect',
  'materials.title',
  'contact.email',
  '_status',
  'id',
  'createdAt',
  'themes.slug',
  'attachments',
]
const operators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'within',
  'intersects',
  'near',
]
const filterValues = [
  'x',
  '',
  'true',
  'false',
  '1',
  '-1',
  '2026-12-03',
  'not-a-date',
  '00000000-0000-4000-8000-000000000000',
  'interventions',
  '1,2,3',
  '%',
  '_',
  'a b c',
]

/** Like encodeURIComponent, but a lone surrogate becomes the invalid UTF-8 it would be on the wire. */
const encode = (text: string) => {
  try {
    return encodeURIComponent(text)
  } catch {
    return '%ED%A0%80'
  }
}

type Case = { label: string; path: string; method: string; body?: string; contentType?: string; session?: 'curator' }

function cases(seed: number, count: number, targetId: string): Case[] {
  const random = generator(seed)
  const generated: Case[] = []
  const makers: Array<() => Case> = [
    () => ({
      body: random.pick(['{', '{"title":', '[1,2', 'null', '"text"', '{"a":1}}', '\u0000', '{"title": "\ud800"']),
      contentType: 'application/json',
      label: 'broken JSON',
      method: random.pick(['POST', 'PATCH']),
      path: random.pick(['/api/interventions', `/api/interventions/${targetId}`, '/api/graphql', '/api/users/login']),
      session: 'curator',
    }),
    () => ({
      body: JSON.stringify({
        evidenceLevel: random.pick(['x', 1, null, ['well-founded']]),
        goal: random.pick(oddValues),
        preventionLevel: random.pick(oddValues),
        role: random.pick(oddValues),
        summary: random.pick(oddValues),
        title: random.pick(oddValues),
        visibility: random.pick(['public', 'everyone', 1]),
      }),
      contentType: 'application/json',
      label: 'create with wrong types',
      method: 'POST',
      path: '/api/interventions',
      session: 'curator',
    }),
    () => ({
      body: JSON.stringify({
        [random.pick(['evidenceLevel', 'role', 'preventionLevel', 'themes', 'related', 'ownerOrganisation'])]: random.pick([
          'not-a-level',
          [{ relationTo: 'users', value: 'x' }],
          ['00000000-0000-4000-8000-000000000000'],
          42,
          { nested: { deep: true } },
        ]),
        title: random.pick(oddStrings),
      }),
      contentType: 'application/json',
      label: 'update with one invalid field',
      method: 'PATCH',
      path: `/api/interventions/${targetId}`,
      session: 'curator',
    }),
    () => ({
      label: 'unknown query operator',
      method: 'GET',
      path: `/api/interventions?where[${random.pick(['title', 'id', '__proto__', 'constructor', 'a.b.c'])}][${random.pick(['$regex', 'nonsense', 'equals][x', 'like', 'in'])}]=${encode(random.pick(oddStrings).slice(0, 2000))}`,
    }),
    () => ({
      label: 'deep where',
      method: 'GET',
      path: `/api/interventions?${'where' + '[or][0]'.repeat(Math.floor(random.next() * 60) + 1)}[title][equals]=x`,
    }),
    () => ({
      label: 'odd list parameters',
      method: 'GET',
      path: `/api/${random.pick(['interventions', 'media', 'users', 'audit-log', 'knowledge-cases'])}?limit=${random.pick(['-1', 'abc', '1e9', '0x10', ''])}&page=${random.pick(['-5', '1.5', 'NaN', '99999999'])}&sort=${random.pick(['-', '__proto__', 'nonexistent', '-title,-'])}&depth=${random.pick(['-1', '99', 'x'])}`,
    }),
    () => ({
      label: 'odd ids',
      method: random.pick(['GET', 'DELETE']),
      path: `/api/interventions/${encode(random.pick(['..', '%2e%2e', 'null', '{}', 'x'.repeat(5000), "1' OR '1'='1", '\u0000']))}`,
      session: 'curator',
    }),
    () => ({
      label: 'search with odd parameters',
      method: 'GET',
      path: `/api/search?q=${encode(random.pick(oddStrings).slice(0, 500))}&${random.pick(['theme=x y', 'page=0', 'limit=1000', 'type=users', 'year=20x1', 'q=a&q=b', 'sort=random', 'locale=de', 'unknown=1', 'targetGroup[]=x'])}`,
    }),
    () => {
      let query = '{ id }'
      const depth = Math.floor(random.next() * 40) + 1
      for (let level = 0; level < depth; level++) query = `{ related { value { ... on Intervention ${query} } } }`
      return {
        body: JSON.stringify({ query: `{ Interventions { docs ${query} } }` }),
        contentType: 'application/json',
        label: 'deep GraphQL',
        method: 'POST',
        path: '/api/graphql',
      }
    },
    () => ({
      body: JSON.stringify({
        query: random.pick([
          '{',
          'query { Interventions(where: { title: { nonsense: 1 } }) { docs { id } } }',
          'mutation { createIntervention(data: { title: 1 }) { id } }',
          '{ Intervention(id: "\\u0000") { id } }',
          `{ search(q: "${'a'.repeat(300)}") { total } }`,
          '{ search(theme: ["x y"]) { total } }',
          '{ interventionsMatrix(rows: "x") { total } }',
          'subscription { x }',
          '{ __typename @skip(if: true) }',
        ]),
        variables: random.pick([null, 'x', [], { id: 1 }]),
      }),
      contentType: 'application/json',
      label: 'invalid GraphQL',
      method: 'POST',
      path: '/api/graphql',
      session: random.pick([undefined, 'curator'] as const),
    }),
    () => ({
      body: JSON.stringify({ email: random.pick(oddValues), password: random.pick(oddValues) }),
      contentType: 'application/json',
      label: 'odd sign-in',
      method: 'POST',
      path: '/api/users/login',
    }),
    () => ({
      body: random.pick(oddStrings).slice(0, 5000),
      contentType: random.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/json; charset=utf-16',
      ]),
      label: 'wrong content type',
      method: 'POST',
      path: random.pick(['/api/interventions', '/api/media', '/api/graphql']),
      session: 'curator',
    }),
    () => {
      const file = random.pick([
        ...oddStrings.map((each) => each.slice(0, 20_000)),
        'PK\u0003\u0004broken',
        'Titel;Samenvatting;Doel\n"open;x',
        'Titel\n=cmd|calc',
        `Titel;Doel\n${'a;b\n'.repeat(2000)}`,
      ])
      const body = `--fuzz\r\nContent-Disposition: form-data; name="${random.pick(['file', 'other'])}"; filename="${random.pick(['x.csv', 'x.xlsx', '../../x', ''])}"\r\nContent-Type: text/csv\r\n\r\n${file}\r\n--fuzz--\r\n`
      return {
        body,
        contentType: 'multipart/form-data; boundary=fuzz',
        label: 'import of odd files',
        method: 'POST',
        path: `/api/import/${random.pick(['interventions', 'lessons-learned', 'users', '..%2fx'])}?dryRun=${random.pick(['false', 'yes', ''])}`,
        session: 'curator',
      }
    },
    () => ({
      label: 'exports with odd parameters',
      method: 'GET',
      path: random.pick([
        `/api/search/export?format=${random.pick(['csv', 'json', 'xml', ''])}&q=${encode(random.pick(oddStrings).slice(0, 300))}`,
        `/api/export/${encode(random.pick(['interventions', 'users', 'payload-jobs', '..', '%00']))}?format=${random.pick(['csv', 'json', 'pdf'])}`,
      ]),
      session: random.pick([undefined, 'curator'] as const),
    }),
    () => ({
      label: 'matrix with odd parameters',
      method: 'GET',
      path: `/api/interventions-matrix?rows=${encode(random.pick(oddStrings).slice(0, 100))}&${random.pick(['theme=%00', 'columns=rows', 'format=xml', 'municipality=../x'])}`,
    }),
    () => {
      const payloadPart = random.pick([
        'not json',
        '',
        '[1,2]',
        'null',
        '"text"',
        '{"title":',
        '{"title": 1, "role": {}}',
        '\u0000',
        '{"visibility": "everyone"}',
      ])
      const withFile = random.next() < 0.5
      const parts = [
        `--fuzz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${payloadPart}\r\n`,
        ...(withFile
          ? [
              '--fuzz\r\nContent-Disposition: form-data; name="file"; filename="x.pdf"\r\nContent-Type: application/pdf\r\n\r\nnot a pdf\r\n',
            ]
          : []),
      ]
      return {
        body: `${parts.join('')}--fuzz--\r\n`,
        contentType: 'multipart/form-data; boundary=fuzz',
        label: 'multipart form with an odd _payload',
        method: random.pick(['POST', 'PATCH']),
        path: random.pick(['/api/interventions', '/api/media', `/api/interventions/${targetId}`]),
        session: random.pick([undefined, 'curator'] as const),
      }
    },
    () => ({
      label: 'every operator on every kind of field',
      method: 'GET',
      path: `/api/interventions?depth=0&where[${random.pick(fieldPaths)}][${random.pick(operators)}]=${encode(random.pick(filterValues))}`,
      session: random.pick([undefined, 'curator'] as const),
    }),
    () => ({
      label: 'a long text filter',
      method: 'GET',
      path: `/api/interventions?where[${random.pick(['title', 'summary', 'goal'])}][${random.pick(['like', 'not_like', 'contains'])}]=${encode(Array.from({ length: Math.floor(random.next() * 1500) + 1 }, () => random.pick(['woord', 'x', '%', '_'])).join(' '))}`,
    }),
    () => ({
      label: 'encoded paths in file routes',
      method: 'GET',
      path: `/api/${random.pick(['media', 'interventions', 'users'])}/file/${random.pick(['..%252F..%252Fetc%252Fpasswd', 'x%00.pdf', '%00', '..', '%2e%2e', '%2e%2e%2fpackage.json', '..%2F..%2Fpackage.json', '%', '%ZZ', 'x'.repeat(400), '%E2%80%AE.pdf', 'a%5Cb', '.%2F.env'])}`,
      session: random.pick([undefined, 'curator'] as const),
    }),
  ]
  for (let index = 0; index < count; index++) generated.push(random.pick(makers)())
  return generated
}

describe('two thousand malformed requests', () => {
  let server: TestServer
  let curator: Session
  const url = () => server.url

  beforeAll(async () => {
    server = await startServer({ API_BUDGET_PER_MINUTE: '100000000', LOGIN_ATTEMPTS_PER_WINDOW: '100000' }, 'fuzz')
    curator = await login(url(), 'curator@weerbaar.test')
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('answers every one with a 4xx or a clean refusal, never a 5xx, and writes nothing', async () => {
    const target = (await api(url(), '/api/interventions?limit=1&depth=0&sort=createdAt', { session: curator })).body.docs[0]
    const before = await api(url(), `/api/interventions/${target.id}?depth=0&locale=all`, { session: curator })
    const countBefore = (await api(url(), '/api/interventions/count', { session: curator })).body.totalDocs
    const draftsBefore = (await api(url(), '/api/interventions?draft=true&limit=0', { session: curator })).body.totalDocs

    // FUZZ_SEED replays or varies the run; the default keeps CI repeatable.
    const all = cases(Number(process.env.FUZZ_SEED ?? 20261123), 2400, target.id)
    const failures: string[] = []
    for (let start = 0; start < all.length; start += 25) {
      await Promise.all(
        all.slice(start, start + 25).map(async (each, offset) => {
          const response = await fetch(`${url()}${each.path}`, {
            body: each.body,
            headers: { ...(each.contentType ? { 'content-type': each.contentType } : {}), ...(each.session ? curator.headers : {}) },
            method: each.method,
          }).catch((error: unknown) => ({ status: 0, text: async () => String(error) }))
          const text = await response.text()
          if (response.status >= 500 || response.status === 0)
            failures.push(
              `#${start + offset} ${each.label} ${each.method} ${each.path.slice(0, 160)} ${(each.body ?? '').slice(0, 160)} -> ${response.status} ${text.slice(0, 200)}`,
            )
          if (
            response.status >= 200 &&
            response.status < 300 &&
            each.method !== 'GET' &&
            !each.path.startsWith('/api/graphql') &&
            !each.path.startsWith('/api/users/login')
          ) {
            failures.push(
              `#${start + offset} ${each.label} was accepted: ${each.method} ${each.path.slice(0, 120)} ${(each.body ?? '').slice(0, 200)}`,
            )
          }
        }),
      )
    }
    expect(failures, failures.slice(0, 10).join('\n')).toEqual([])
    expect(all.length).toBeGreaterThanOrEqual(2000)

    expect((await api(url(), '/api/health')).status).toBe(200)
    expect((await api(url(), '/api/interventions/count', { session: curator })).body.totalDocs).toBe(countBefore)
    expect((await api(url(), '/api/interventions?draft=true&limit=0', { session: curator })).body.totalDocs).toBe(draftsBefore)
    const after = await api(url(), `/api/interventions/${target.id}?depth=0&locale=all`, { session: curator })
    expect(after.body).toEqual(before.body)
  }, 300_000)
})
