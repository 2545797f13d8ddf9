import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, graphql, invalidPaths, login, type Session } from '../helpers/api'
import { pdfBytes } from '../helpers/files'
import { startServer, type TestServer } from '../helpers/server'

const slugsOf = (docs: Array<{ slug: string }>) => docs.map((doc) => doc.slug)

/**
 * The workspace as partner systems and the portal see it, over real HTTP, against whichever
 * database `env` selects. Runs on SQLite always and on MongoDB when DATABASE_URI points at one.
 */
export function workspaceSuite(label: string, env: Record<string, string>, skipReason?: string) {
  if (skipReason) console.info(`the workspace over HTTP (${label}) skipped: ${skipReason}`)
  describe.skipIf(Boolean(skipReason))(`the workspace over HTTP (${label})${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let server: TestServer
    let curator: Session
    let denHaag: Session
    let leiden: Session
    let organisationIds: Record<string, string>
    const url = () => server.url

    const minimalCard = (overrides: Record<string, unknown> = {}) => ({
      _status: 'published',
      goal: 'Inwoners herkennen oplichting.',
      preventionLevel: ['primary'],
      role: ['victim'],
      summary: 'Een korte samenvatting.',
      title: `Testkaart ${Math.random().toString(36).slice(2, 8)}`,
      visibility: 'public',
      ...overrides,
    })

    beforeAll(async () => {
      server = await startServer(env, label)
      ;[curator, denHaag, leiden] = await Promise.all([
        login(url(), 'curator@weerbaar.test'),
        login(url(), 'member.denhaag@weerbaar.test'),
        login(url(), 'member.leiden@weerbaar.test'),
      ])
      const { body } = await api(url(), '/api/organisations?limit=100&depth=0')
      organisationIds = Object.fromEntries(body.docs.map((doc: any) => [doc.slug, doc.id]))
    })

    afterAll(async () => {
      await server?.stop()
    })

    it('reports health with the database in use and the version', async () => {
      const { body, headers, status } = await api(url(), '/api/health')
      expect(status).toBe(200)
      expect(body).toMatchObject({ database: label, status: 'ok', version: expect.any(String) })
      expect(body).toHaveProperty('search')
      expect(headers.get('cache-control')).toBe('no-store')
    })

    it('sends security headers and a request id, and hides the framework', async () => {
      const { headers } = await api(url(), '/api/interventions?limit=1')
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/)
      expect(headers.get('x-powered-by')).toBeNull()
    })

    it('refuses an oversized request body with 413 before reading it', async () => {
      const { body, status } = await api(url(), '/api/interventions', {
        body: minimalCard({ summary: 'x'.repeat(3 * 1024 * 1024) }),
        method: 'POST',
        session: curator,
      })
      expect(status).toBe(413)
      expect(body.errors[0].message).toMatch(/larger than/)
    })

    it('has no GraphQL playground in production', async () => {
      const response = await fetch(`${url()}/api/graphql-playground`)
      expect(response.status).toBe(404)
    })

    describe('reading as an anonymous visitor', () => {
      it('lists only published public intervention cards', async () => {
        const { body, status } = await api(url(), '/api/interventions?limit=100&depth=0')
        expect(status).toBe(200)
        expect(body.docs.length).toBeGreaterThanOrEqual(9)
        for (const doc of body.docs) {
          expect(doc._status).toBe('published')
          expect(doc.visibility).toBe('public')
        }
        const slugs = slugsOf(body.docs)
        expect(slugs).toContain('phishing-voorlichting-ouderen')
        expect(slugs).not.toContain('hulp-bij-sextortion')
        expect(slugs).not.toContain('phishing-simulatie-medewerkers')
        expect(slugs).not.toContain('signalering-online-grooming-jongerenwerk')
      })

      it('cannot reach a draft or a partners-only card by id, even asking for drafts', async () => {
        const { body: all } = await api(url(), '/api/interventions?limit=100&depth=0&draft=true', { session: curator })
        const hidden = all.docs.filter((doc: any) => doc.visibility !== 'public' || doc._status !== 'published')
        expect(hidden.length).toBeGreaterThanOrEqual(3)
        for (const doc of hidden) {
          const { status } = await api(url(), `/api/interventions/${doc.id}?draft=true`)
          expect([403, 404]).toContain(status)
        }
        const { body: drafts } = await api(url(), '/api/interventions?limit=100&draft=true')
        expect(slugsOf(drafts.docs)).not.toContain('phishing-simulatie-medewerkers')
      })

      it('sees no workshop case at all', async () => {
        const { body } = await api(url(), '/api/knowledge-cases?limit=100')
        expect(body.totalDocs).toBe(0)
      })

      it('does not see contact persons', async () => {
        const { body } = await api(url(), '/api/interventions?limit=100&depth=0')
        for (const doc of body.docs) expect(doc.contact).toBeUndefined()
      })

      it('cannot write', async () => {
        const { status } = await api(url(), '/api/interventions', { body: minimalCard(), method: 'POST' })
        expect(status).toBe(403)
      })
    })

    describe('reading as a member', () => {
      it('sees partners items and their own organisation, not another organisation', async () => {
        const { body: forDenHaag } = await api(url(), '/api/interventions?limit=100&depth=0', { session: denHaag })
        const { body: forLeiden } = await api(url(), '/api/interventions?limit=100&depth=0', { session: leiden })
        expect(slugsOf(forDenHaag.docs)).toContain('hulp-bij-sextortion')
        expect(slugsOf(forDenHaag.docs)).not.toContain('signalering-online-grooming-jongerenwerk')
        expect(slugsOf(forDenHaag.docs)).not.toContain('phishing-simulatie-medewerkers')
        expect(slugsOf(forLeiden.docs)).toContain('signalering-online-grooming-jongerenwerk')
        expect(slugsOf(forLeiden.docs)).toContain('phishing-simulatie-medewerkers')
      })

      it('reads workshop cases for partners but not another organisation’s case', async () => {
        const { body } = await api(url(), '/api/knowledge-cases?limit=100&depth=0', { session: leiden })
        expect(slugsOf(body.docs)).toContain('casus-verward-gedrag-regie')
        expect(slugsOf(body.docs)).not.toContain('casus-digitale-controle-huiselijk-geweld')
      })
    })

    describe('writing as a curator', () => {
      it('creates a draft, updates it, publishes it and deletes it', async () => {
        const created = await api(url(), '/api/interventions', {
          body: minimalCard({ _status: 'draft', evidenceLevel: 'well-described', themes: [] }),
          method: 'POST',
          session: curator,
        })
        expect(created.status).toBe(201)
        const id = created.body.doc.id
        expect(typeof id).toBe('string')
        expect(created.body.doc.ownerOrganisation).toBeTruthy()
        expect(created.body.doc.slug).toMatch(/^testkaart-/)
        expect((await api(url(), `/api/interventions/${id}`)).status).toBe(404)

        const updated = await api(url(), `/api/interventions/${id}`, {
          body: { title: 'Bijgewerkte testkaart' },
          method: 'PATCH',
          session: curator,
        })
        expect(updated.status).toBe(200)
        expect((await api(url(), `/api/interventions/${id}`)).status).toBe(404)

        const published = await api(url(), `/api/interventions/${id}`, {
          body: { _status: 'published' },
          method: 'PATCH',
          session: curator,
        })
        expect(published.status).toBe(200)
        const read = await api(url(), `/api/interventions/${id}`)
        expect(read.status).toBe(200)
        expect(read.body).toMatchObject({ _status: 'published', evidenceLevel: 'well-described', title: 'Bijgewerkte testkaart' })

        const removed = await api(url(), `/api/interventions/${id}`, { method: 'DELETE', session: curator })
        expect(removed.status).toBe(200)
        expect((await api(url(), `/api/interventions/${id}`, { session: curator })).status).toBe(404)
      })

      it('keeps the published version live while a newer draft is being written', async () => {
        const created = await api(url(), '/api/interventions', {
          body: minimalCard({ title: 'Live versie' }),
          method: 'POST',
          session: curator,
        })
        const id = created.body.doc.id
        const draft = await api(url(), `/api/interventions/${id}?draft=true`, {
          body: { _status: 'draft', title: 'Conceptversie' },
          method: 'PATCH',
          session: curator,
        })
        expect(draft.status).toBe(200)
        expect((await api(url(), `/api/interventions/${id}`)).body.title).toBe('Live versie')
        expect((await api(url(), `/api/interventions/${id}?draft=true`, { session: curator })).body.title).toBe('Conceptversie')
        const versions = await api(url(), `/api/interventions/versions?where[parent][equals]=${id}`, { session: curator })
        expect(versions.body.totalDocs).toBeGreaterThanOrEqual(2)
        const anonymousVersions = await api(url(), `/api/interventions/versions?where[parent][equals]=${id}`)
        expect(anonymousVersions.status).toBe(403)
      })

      it('answers a missing title with a 400 that names title', async () => {
        const { title: _title, ...withoutTitle } = minimalCard()
        const { body, status } = await api(url(), '/api/interventions', { body: withoutTitle, method: 'POST', session: curator })
        expect(status).toBe(400)
        expect(invalidPaths(body)).toContain('title')
      })

      it('names every invalid field: an unknown evidence level, a theme that does not exist', async () => {
        const card = minimalCard({
          evidenceLevel: 'excellent',
          related: [{ relationTo: 'good-practices', value: 'nope' }],
          themes: ['no-such-theme'],
        })
        const { body, status } = await api(url(), '/api/interventions', { body: card, method: 'POST', session: curator })
        expect(status).toBe(400)
        expect(invalidPaths(body)).toEqual(expect.arrayContaining(['evidenceLevel', 'themes', 'related']))
        const { body: after } = await api(url(), `/api/interventions?draft=true&where[title][equals]=${encodeURIComponent(card.title)}`, {
          session: curator,
        })
        expect(after.totalDocs).toBe(0)
      })

      it('never makes a workshop case public', async () => {
        const { body, status } = await api(url(), '/api/knowledge-cases', {
          body: { summary: 'Samenvatting', title: 'Openbare casus?', vignette: 'Een casus.', visibility: 'public' },
          method: 'POST',
          session: curator,
        })
        expect(status).toBe(400)
        expect(invalidPaths(body)).toContain('visibility')
      })
    })

    describe('writing as a member', () => {
      it('may not publish', async () => {
        const card = minimalCard()
        const { body, status } = await api(url(), '/api/interventions', { body: card, method: 'POST', session: denHaag })
        expect(status).toBe(403)
        expect(JSON.stringify(body)).toMatch(/draft/i)
        const { body: list } = await api(url(), '/api/interventions?limit=100&draft=true', { session: curator })
        expect(list.docs.filter((doc: any) => doc.title === card.title)).toEqual([])
      })

      it('creates drafts for their own organisation whatever they send', async () => {
        const { body, status } = await api(url(), '/api/interventions?draft=true', {
          body: minimalCard({ _status: 'draft', ownerOrganisation: organisationIds['gemeente-leiden'], visibility: 'partners' }),
          method: 'POST',
          session: denHaag,
        })
        expect(status).toBe(201)
        const owner = body.doc.ownerOrganisation
        expect(typeof owner === 'object' ? owner.id : owner).toBe(organisationIds['gemeente-den-haag'])
        const id = body.doc.id
        expect((await api(url(), `/api/interventions/${id}?draft=true`, { session: leiden })).status).toBe(404)
        expect((await api(url(), `/api/interventions/${id}?draft=true`, { session: curator })).status).toBe(200)
        expect((await api(url(), `/api/interventions/${id}?draft=true`)).status).not.toBe(200)
      })

      it('cannot raise their own role or change organisation', async () => {
        await api(url(), `/api/users/${denHaag.user.id}`, {
          body: { organisation: organisationIds['gemeente-leiden'], role: 'admin' },
          method: 'PATCH',
          session: denHaag,
        })
        const { body } = await api(url(), `/api/users/${denHaag.user.id}?depth=0`, { session: denHaag })
        expect(body.role).toBe('member')
        expect(body.organisation).toBe(organisationIds['gemeente-den-haag'])
      })
    })

    describe('languages', () => {
      const bySlug = (slug: string, locale: string, extra = '') =>
        api(url(), `/api/interventions?where[slug][equals]=${slug}&locale=${locale}${extra}`)

      it('answers in Dutch by default and in English on request', async () => {
        expect((await bySlug('phishing-voorlichting-ouderen', 'nl')).body.docs[0].title).toBe(
          'Phishing-voorlichting voor ouderen in buurthuizen',
        )
        expect((await bySlug('phishing-voorlichting-ouderen', 'en')).body.docs[0].title).toBe(
          'Phishing awareness sessions for older people in community centres',
        )
      })

      it('falls back to Dutch where no English text exists, unless asked not to', async () => {
        const created = await api(url(), '/api/interventions?locale=nl', {
          body: minimalCard({ title: 'Alleen in het Nederlands' }),
          method: 'POST',
          session: curator,
        })
        const slug = created.body.doc.slug
        expect((await bySlug(slug, 'en')).body.docs[0].title).toBe('Alleen in het Nederlands')
        expect((await bySlug(slug, 'en', '&fallback-locale=none')).body.docs[0].title ?? null).toBeNull()
      })
    })

    describe('GraphQL', () => {
      it('returns the public published cards to an anonymous caller and no drafts', async () => {
        const { data, errors, status } = await graphql(url(), '{ Interventions(limit: 100) { docs { title slug _status visibility } } }')
        expect(status).toBe(200)
        expect(errors).toBeUndefined()
        const docs = data.Interventions.docs
        expect(docs.length).toBeGreaterThanOrEqual(9)
        for (const doc of docs) {
          expect(doc._status).toBe('published')
          expect(doc.visibility).toBe('public')
        }
        const { data: withDrafts } = await graphql(url(), '{ Interventions(draft: true, limit: 100) { docs { slug } } }')
        expect(slugsOf(withDrafts.Interventions.docs)).not.toContain('phishing-simulatie-medewerkers')
      })

      it('queries every collection with the same access as REST', async () => {
        const { data, errors } = await graphql(
          url(),
          `
            {
              GoodPractices {
                totalDocs
              }
              KnowledgeCases {
                totalDocs
              }
              LessonsLearned {
                totalDocs
              }
              Experiences {
                totalDocs
              }
              Themes {
                totalDocs
              }
              Organisations {
                totalDocs
              }
            }
          `,
        )
        expect(errors).toBeUndefined()
        expect(data.KnowledgeCases.totalDocs).toBe(0)
        expect(data.Organisations.totalDocs).toBeGreaterThanOrEqual(29)
        expect(data.Themes.totalDocs).toBeGreaterThanOrEqual(5)
        const signedIn = await graphql(
          url(),
          '{ KnowledgeCases { docs { slug } } Users(limit: 100) { docs { name email shareEmail } } }',
          leiden,
        )
        expect(signedIn.data.KnowledgeCases.docs.length).toBeGreaterThan(0)
        // Colleagues by name; an address only their own, or where its owner shows it, as over REST.
        const users = signedIn.data.Users.docs as Array<{ name: string; email: string | null; shareEmail: boolean }>
        expect(users.find((user) => user.name === 'Lotte Jansen')?.email).toBe('member.leiden@weerbaar.test')
        expect(users.filter((user) => user.name !== 'Lotte Jansen' && user.email !== null).every((user) => user.shareEmail)).toBe(true)
        expect(users.find((user) => user.name === 'Sanne Bakker')?.email).toBeNull()
        // The schema as SDL, in production too: the committed schema.graphql.
        const sdl = await fetch(`${url()}/api/graphql/schema.graphql`)
        expect(sdl.status).toBe(200)
        expect(await sdl.text()).toBe(readFileSync(resolve(import.meta.dirname, '../../schema.graphql'), 'utf8'))
        const { errors: mediaErrors } = await graphql(url(), '{ Media { totalDocs } }')
        expect(mediaErrors).toBeUndefined()
      })

      it('speaks English when asked', async () => {
        const { data } = await graphql(
          url(),
          '{ Interventions(locale: en, where: { slug: { equals: "phishing-voorlichting-ouderen" } }) { docs { title } } }',
        )
        expect(data.Interventions.docs[0].title).toBe('Phishing awareness sessions for older people in community centres')
      })

      it('names the field of a failed mutation', async () => {
        const { errors } = await graphql(
          url(),
          'mutation { createIntervention(data: { _status: published, summary: "x", goal: "y", role: [victim], preventionLevel: [primary], evidenceLevel: not_assessed, visibility: public }) { id } }',
          curator,
        )
        expect(JSON.stringify(errors)).toContain('title')
      })
    })

    describe('uploads', () => {
      const upload = (file: Blob, name: string, session: Session) => {
        const form = new FormData()
        form.append('file', file, name)
        form.append('_payload', JSON.stringify({ alt: 'Bijlage', visibility: 'partners' }))
        return fetch(`${url()}/api/media`, { body: form, headers: session.headers, method: 'POST' })
      }

      it('accepts a PDF and shows it to signed-in users only', async () => {
        const pdf = new Blob([pdfBytes()], { type: 'application/pdf' })
        const response = await upload(pdf, 'handreiking.pdf', denHaag)
        expect(response.status).toBe(201)
        const { doc } = await response.json()
        expect((await fetch(`${url()}${doc.url}`)).status).toBe(403)
        expect((await fetch(`${url()}${doc.url}`, { headers: leiden.headers })).status).toBe(200)
      })

      it('refuses file types outside the allowlist', async () => {
        const html = new Blob(['<script>alert(1)</script>'], { type: 'text/html' })
        const response = await upload(html, 'evil.html', denHaag)
        expect(response.status).toBe(400)
      })
    })

    describe('the admin panel and the portal', () => {
      it('serves the admin sign-in page', async () => {
        const response = await fetch(`${url()}/admin/login`)
        expect(response.status).toBe(200)
        expect(await response.text()).toMatch(/<title>[^<]*(Inloggen|Login)[^<]*<\/title>/)
      })

      it('runs one Payload instance: a write through /api is on the portal at once', async () => {
        const { body: health } = await api(url(), '/api/health')
        const title = `Direct zichtbaar ${Date.now()}`
        const created = await api(url(), '/api/interventions', { body: minimalCard({ title }), method: 'POST', session: curator })
        expect(created.status).toBe(201)
        const page = await (await fetch(`${url()}/`)).text()
        expect(page).toContain(`data-instance="${health.instance}"`)
        expect(page).toContain(title)
      })
    })
  })
}
