import { createClient } from '@libsql/client'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, graphql, invalidPaths, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

const paragraphWithLink = (url: string) => ({
  root: {
    children: [
      {
        children: [
          {
            children: [{ detail: 0, format: 0, mode: 'normal', style: '', text: 'klik hier', type: 'text', version: 1 }],
            fields: { linkType: 'custom', newTab: false, url },
            format: '',
            indent: 0,
            type: 'link',
            version: 3,
          },
        ],
        direction: null,
        format: '',
        indent: 0,
        type: 'paragraph',
        version: 1,
      },
    ],
    direction: null,
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
})

/**
 * What one request may ask of the workspace, tried as an attacker would (issue 12): queries
 * that would cost too much are refused before any work, with what they cost and what is allowed.
 * How fast the refusals are, and that other requests keep being answered meanwhile, is measured
 * by `npm run bench` (under attack), not asserted here.
 */
describe('cost before work', () => {
  let server: TestServer
  let curator: Session
  const url = () => server.url

  beforeAll(async () => {
    server = await startServer({}, 'abuse')
    curator = await login(url(), 'curator@weerbaar.test')
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('refuses large pages of a list query by their cost, naming it and the limit', async () => {
    const fields = Array.from({ length: 6 }, (_, index) => `a${index}: Interventions(limit: 1000) { docs { id title } }`).join(' ')
    const { data, errors, status } = await graphql(url(), `{ ${fields} }`, curator)
    expect(status).toBe(400)
    expect(data ?? null).toBeNull()
    expect(errors?.[0]?.message).toMatch(/complexity is \d+; at most 10000/)
  })

  it('refuses more aliases than allowed, even of cheap fields', async () => {
    const fields = Array.from({ length: 200 }, (_, index) => `a${index}: Interventions(limit: 1) { totalDocs }`).join(' ')
    const { errors, status } = await graphql(url(), `{ ${fields} }`)
    expect(status).toBe(400)
    expect(errors?.[0]?.message).toMatch(/200 aliases; at most 20/)
  })

  it('refuses a fragment explosion before expanding it', async () => {
    let fragments = 'fragment F22 on Intervention { id title }\n'
    for (let level = 21; level >= 1; level -= 1)
      fragments += `fragment F${level} on Intervention { a: title ...F${level + 1} b: summary ...F${level + 1} }\n`
    const { errors, status } = await graphql(
      url(),
      `
        {
          Interventions(limit: 1) {
            docs {
              ...F1
            }
          }
        }
        ${fragments}
      `,
    )
    expect(status).toBe(400)
    expect(errors?.[0]?.message).toMatch(/expands to more than \d+ fields|aliases; at most/)
  })

  it('still answers an ordinary partner query', async () => {
    const { data, errors } = await graphql(
      url(),
      '{ Interventions(limit: 50) { totalDocs docs { title themes { name } related { relationTo } } } }',
      anonymous,
    )
    expect(errors).toBeUndefined()
    expect(data.Interventions.docs.length).toBeGreaterThan(0)
  })

  it('refuses a REST read that would populate too much, naming the parameter', async () => {
    const { body, status } = await api(url(), '/api/interventions?limit=1000&depth=10', { session: curator })
    expect(status).toBe(400)
    expect(body.errors[0]).toMatchObject({ parameter: 'limit' })
    expect(body.errors[0].message).toMatch(/at most 10000/)
    expect((await api(url(), '/api/interventions?limit=100&depth=1', { session: curator })).status).toBe(200)
  })

  describe('input caps, drafts included', () => {
    let member: Session
    beforeAll(async () => {
      member = await login(url(), 'member.denhaag@weerbaar.test')
    })
    const caseWith = (fields: Record<string, unknown>) => ({
      summary: 'Kort.',
      title: `Casus ${Math.random().toString(36).slice(2, 7)}`,
      vignette: 'Kort.',
      visibility: 'partners',
      ...fields,
    })

    it('refuses a draft with a text past its field’s length, naming the field', async () => {
      const { body, status } = await api(url(), '/api/knowledge-cases?draft=true', {
        body: caseWith({ vignette: 'x'.repeat(200_000) }),
        method: 'POST',
        session: member,
      })
      expect(status).toBe(400)
      expect(invalidPaths(body)).toEqual(['vignette'])
      expect(JSON.stringify(body).length, 'the refusal stays small').toBeLessThan(2000)
    })

    it('refuses a long text the same way over REST and GraphQL, and keeps the stored draft as it was', async () => {
      const created = await api(url(), '/api/knowledge-cases', { body: caseWith({}), method: 'POST', session: member })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      const patched = await api(url(), `/api/knowledge-cases/${id}?draft=true`, {
        body: { bottleneck: 'Lange tekst. '.repeat(20_000) },
        method: 'PATCH',
        session: member,
      })
      expect(patched.status).toBe(400)
      expect(invalidPaths(patched.body)).toEqual(['bottleneck'])
      const asForm = new FormData()
      asForm.set('_payload', JSON.stringify({ bottleneck: 'Lange tekst. '.repeat(20_000) }))
      const patchedAsForm = await fetch(`${url()}/api/knowledge-cases/${id}?draft=true`, {
        body: asForm,
        headers: member.headers,
        method: 'PATCH',
      })
      expect(patchedAsForm.status, 'as the admin panel sends it').toBe(400)
      expect(invalidPaths(await patchedAsForm.json())).toEqual(['bottleneck'])
      const viaGraphql = await graphql(
        url(),
        `mutation Long($text: String) { updateKnowledgeCase(id: ${JSON.stringify(id)}, draft: true, data: { bottleneck: $text }) { id } }`,
        member,
        { text: 'woord '.repeat(2000) },
      )
      expect(viaGraphql.errors?.[0]?.message).toMatch(/bottleneck/i)
      const stored = await api(url(), `/api/knowledge-cases/${id}?draft=true`, { session: member })
      expect(stored.body.bottleneck ?? null).toBeNull()
    })

    it('refuses a document larger than any within the text limits before reading it, as JSON and as a form', async () => {
      const created = await api(url(), '/api/knowledge-cases', { body: caseWith({}), method: 'POST', session: member })
      expect(created.status).toBe(201)
      const huge = JSON.stringify({ bottleneck: 'Lange tekst. '.repeat(150_000) })
      const asJson = await fetch(`${url()}/api/knowledge-cases/${created.body.doc.id}?draft=true`, {
        body: huge,
        headers: { ...member.headers, 'Content-Type': 'application/json' },
        method: 'PATCH',
      })
      expect(asJson.status).toBe(413)
      expect((await asJson.json()).errors[0].message).toMatch(/larger than 1024 KiB.*Shorten its texts/)
      const form = new FormData()
      form.set('_payload', huge)
      const asForm = await fetch(`${url()}/api/knowledge-cases?draft=true`, { body: form, headers: member.headers, method: 'POST' })
      expect(asForm.status).toBe(413)
      expect((await asForm.json()).errors[0].message).toMatch(/Shorten its texts/)
      const stored = await api(url(), `/api/knowledge-cases/${created.body.doc.id}?draft=true`, { session: member })
      expect(stored.body.bottleneck ?? null).toBeNull()
    })

    it('refuses a draft whose text together is past the budget of one item', async () => {
      const sections = Object.fromEntries(['bottleneck', 'whatWorked', 'learningQuestion'].map((name) => [name, 'woord '.repeat(1666)]))
      const moments = Array.from({ length: 10 }, (_, index) => ({ description: 'woord '.repeat(1666), moment: `Moment ${index}` }))
      const { body, status } = await api(url(), '/api/knowledge-cases?draft=true', {
        body: caseWith({ ...sections, decisionMoments: moments, vignette: 'woord '.repeat(1666) }),
        method: 'POST',
        session: member,
      })
      expect(status).toBe(400)
      expect(JSON.stringify(body)).toMatch(/at most 100000 characters/)
    })

    it('lists at most twenty findings of personal data, and counts the rest', async () => {
      const numbers = Array.from({ length: 40 }, (_, index) => `Dossier ${index}: bel 06-123456${String(index).padStart(2, '0')}.`).join(
        ' ',
      )
      const created = await api(url(), '/api/knowledge-cases', { body: caseWith({ vignette: numbers }), method: 'POST', session: member })
      expect(created.status).toBe(201)
      const submitted = await api(url(), `/api/knowledge-cases/${created.body.doc.id}/submit`, { method: 'POST', session: member })
      expect(submitted.status).toBe(400)
      const errors = submitted.body.errors[0].data.errors
      expect(errors).toHaveLength(21)
      expect(errors.at(-1).message).toMatch(/And \d+ more findings/)
    })
  })

  describe('links are checked on write and on render', () => {
    let member: Session
    beforeAll(async () => {
      member = await login(url(), 'member.denhaag@weerbaar.test')
    })
    const card = (fields: Record<string, unknown>) => ({
      goal: 'Doel.',
      preventionLevel: ['primary'],
      role: ['victim'],
      summary: 'Kort.',
      title: `Linkkaart ${Math.random().toString(36).slice(2, 7)}`,
      visibility: 'partners',
      ...fields,
    })

    it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/x', ' JaVaScRiPt:alert(1)'])(
      'refuses %j in rich text and in a link field, even in a draft',
      async (link) => {
        const inText = await api(url(), '/api/interventions?draft=true', {
          body: card({ body: paragraphWithLink(link) }),
          method: 'POST',
          session: member,
        })
        expect(inText.status).toBe(400)
        expect(invalidPaths(inText.body)).toEqual(['body'])
        const inSources = await api(url(), '/api/interventions?draft=true', {
          body: card({ sources: [{ title: 'Bron', url: link }] }),
          method: 'POST',
          session: member,
        })
        expect(inSources.status).toBe(400)
        expect(invalidPaths(inSources.body)).toEqual(['sources.0.url'])
      },
    )

    it.each(['https://www.politie.nl', 'mailto:info@gemeente.nl', 'tel:+31701234567', '/interventies/matrix'])(
      'accepts %j',
      async (link) => {
        const { status } = await api(url(), '/api/interventions?draft=true', {
          body: card({ body: paragraphWithLink(link), sources: [{ title: 'Bron', url: link }] }),
          method: 'POST',
          session: member,
        })
        expect(status).toBe(201)
      },
    )

    it('shows a stored unsafe link on the portal as text only', async () => {
      const created = await api(url(), '/api/interventions', {
        body: card({ _status: 'published', body: paragraphWithLink('https://www.politie.nl'), visibility: 'public' }),
        method: 'POST',
        session: curator,
      })
      expect(created.status).toBe(201)
      // As if it had been stored before links were checked: straight into the database.
      const database = createClient({ url: `file:${path.join(server.dataDir, 'weerbaar.db')}` })
      // The server may be writing (its search worker indexes the new card): wait for the lock, do not fail on it.
      await database.execute('PRAGMA busy_timeout = 30000')
      await database.execute({
        args: [JSON.stringify(paragraphWithLink('javascript:alert(document.cookie)')), created.body.doc.id],
        sql: "UPDATE interventions_locales SET body = ? WHERE _parent_id = ? AND _locale = 'nl'",
      })
      database.close()
      const page = await (await fetch(`${url()}/interventies/${created.body.doc.slug}`)).text()
      expect(page).toContain('klik hier')
      expect(page).not.toContain('javascript:alert')
    })
  })

  describe('signing in', () => {
    it('answers an unknown address exactly as a wrong password', async () => {
      const attempt = (email: string) =>
        api(url(), '/api/users/login', { body: { email, password: 'niet-het-wachtwoord' }, method: 'POST' })
      const [known, unknown] = await Promise.all([attempt('partner@weerbaar.test'), attempt('niemand@weerbaar.test')])
      expect(unknown.status).toBe(known.status)
      expect(unknown.body).toEqual(known.body)
    })

    it.each(['/%5Cevil.example/x', '//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)'])(
      'never offers %j as the address to return to',
      async (terug) => {
        const page = await (await fetch(`${url()}/inloggen?terug=${encodeURIComponent(terug)}`)).text()
        expect(page).toMatch(/name="returnTo"[^>]*value="\/"/)
      },
    )
  })

  describe('a POST that stands for a GET, as the admin panel sends it', () => {
    const override = (body: string, contentType = 'application/x-www-form-urlencoded') =>
      fetch(`${url()}/api/themes`, {
        body,
        headers: { 'content-type': contentType, 'x-payload-http-method-override': 'GET', ...curator.headers },
        method: 'POST',
      })

    it('answers like the GET it stands for', async () => {
      const response = await override(new URLSearchParams({ depth: '0', limit: '5', 'where[slug][equals]': 'cybercrime' }).toString())
      expect(response.status).toBe(200)
      const body = await response.json()
      expect(body.docs.map((doc: { slug: string }) => doc.slug)).toEqual(['cybercrime'])
    })

    it('checks its query as a query string, and refuses other bodies', async () => {
      const bad = await override('where[slug][equals][nested]=x')
      expect(bad.status).toBe(400)
      expect(JSON.stringify(await bad.json())).toContain('where[slug][equals]')
      const tooMuch = await override('limit=1000&depth=10')
      expect(tooMuch.status).toBe(400)
      const json = await override('{"limit":5}', 'application/json')
      expect(json.status).toBe(415)
    })
  })
})

describe('a budget per client', () => {
  let server: TestServer
  const url = () => server.url

  beforeAll(async () => {
    // Its own server and budget: other tests' requests never count against it.
    server = await startServer({ API_BUDGET_PER_MINUTE: '400' }, 'budget')
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('tells a client what is left of its minute, answers 429 with Retry-After once it is spent, and keeps serving others', async () => {
    const read = (session: Session) => api(url(), '/api/themes?limit=100&depth=0', { session })
    const answers: Awaited<ReturnType<typeof read>>[] = []
    for (let attempt = 0; attempt < 5; attempt += 1) answers.push(await read(anonymous))
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200])
    // Each read costs 1 + 100 × (1 + 0): a partner system sees what is left before it is refused.
    expect(answers.slice(0, 3).map((answer) => answer.headers.get('ratelimit-remaining'))).toEqual(['299', '198', '97'])
    expect(answers[0]!.headers.get('ratelimit-policy')).toBe('400;w=60')
    expect(statuses.at(-1)).toBe(429)
    const refused = await read(anonymous)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.body.errors[0].message).toMatch(/Try again in \d+ seconds/)
    expect((await api(url(), '/api/health')).status, 'health is never budgeted').toBe(200)
  })
})
