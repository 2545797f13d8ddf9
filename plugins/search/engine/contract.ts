import { beforeEach, describe, expect, it } from 'vitest'

import type { AccessScope, SearchDocument, SearchEngine, SearchQuery } from '../types'

/**
 * The search contract: what both engines must do the same way. Runs against the embedded
 * engine always and against Meilisearch when MEILI_HOST is set.
 */
/** The facets the fixtures carry, as an app would configure them (`type` and `year` are built in). */
export const contractFacets = ['type', 'theme', 'targetGroup', 'role', 'preventionLevel', 'evidenceLevel', 'municipality', 'year'] as const

const noFacets = (): SearchDocument['facets'] => ({
  evidenceLevel: [],
  municipality: [],
  preventionLevel: [],
  role: [],
  targetGroup: [],
  theme: [],
})

const base = {
  body: '',
  grants: ['public'],
  updatedAt: '2026-01-01T00:00:00.000Z',
  url: '/',
  year: 2026,
}

const doc = (id: string, fields: Partial<SearchDocument>): SearchDocument => ({
  ...base,
  facets: { ...noFacets(), ...fields.facets },
  id: `interventions:${id}:${fields.locale ?? 'nl'}`,
  itemId: id,
  locale: 'nl',
  summary: '',
  title: id,
  type: 'interventions',
  ...fields,
})

export const fixtures: SearchDocument[] = [
  doc('phishing-ouderen', {
    body: 'Wijkagenten oefenen met echte berichten.',
    facets: { ...noFacets(), role: ['victim'], targetGroup: ['seniors'], theme: ['cybercrime'] },
    summary: 'Ouderen leren phishing herkennen.',
    title: 'Phishing-voorlichting voor ouderen',
    updatedAt: '2026-03-01T00:00:00.000Z',
  }),
  doc('phishing-mkb', {
    body: 'Ook ouderen die ondernemen doen mee.',
    facets: { ...noFacets(), role: ['organisation'], targetGroup: ['entrepreneurs'], theme: ['cybercrime'] },
    summary: 'Ondernemers en phishing.',
    title: 'Phishing-training voor ondernemers',
    updatedAt: '2026-05-01T00:00:00.000Z',
  }),
  doc('straatcultuur', {
    facets: { ...noFacets(), role: ['offender'], targetGroup: ['youth'], theme: ['jeugd-en-veiligheid'] },
    summary: 'Jongeren en online straatcultuur: drillrap en online conflicten.',
    title: 'Gastles online straatcultuur',
    grants: ['partners'],
  }),
  doc('nazorg', {
    facets: { ...noFacets(), role: ['victim'], targetGroup: ['victims'], theme: ['cybercrime'] },
    grants: ['organisation:org-den-haag'],
    summary: 'Slachtoffers worden besproken aan de nazorgtafel.',
    title: 'Nazorgtafel online oplichting',
  }),
  doc('vakantieparken', {
    facets: { ...noFacets(), theme: ['ondermijning'] },
    summary: 'Controles op vakantieparken tegen ondermijning.',
    title: 'Integrale controles',
    year: 2025,
  }),
  doc('ideeen', { body: 'Coördinatie van ideeën tussen gemeenten.', title: 'Regionale samenwerking' }),
  doc('cyber', { summary: 'Aanpak van cybercrime in de wijk.', title: 'Wijkaanpak' }),
  doc('jeugd', { summary: 'Preventie gericht op jeugd in de regio.', title: 'Preventieprogramma' }),
  doc('phishing-ouderen', {
    locale: 'en',
    summary: 'Older people learn to recognise phishing.',
    title: 'Phishing awareness for older people',
  }),
  doc('wijkambassadeurs', {
    facets: { ...noFacets(), role: ['organisation'], theme: ['cybercrime'] },
    grants: ['group:wijken', 'group:werkgroep-cyber'],
    summary: 'Digitale wijkambassadeurs: wat de projectgroep leerde.',
    title: 'Les over wijkambassadeurs',
  }),
]

const everything: AccessScope = { kind: 'everything' }
const anonymous: AccessScope = { kind: 'restricted', grants: ['public'] }
const denHaagMember: AccessScope = { kind: 'restricted', grants: ['public', 'partners', 'organisation:org-den-haag'] }
const leidenMember: AccessScope = { kind: 'restricted', grants: ['public', 'partners', 'organisation:org-leiden'] }
const projectMember: AccessScope = { kind: 'restricted', grants: ['public', 'partners', 'organisation:org-ccv', 'group:wijken'] }

/** Runs the contract against an engine; with `skipReason`, lists it as skipped and prints why. */
export function searchEngineContract(label: string, createEngine: () => Promise<SearchEngine>, skipReason?: string) {
  if (skipReason) console.info(`search engine contract (${label}) skipped: ${skipReason}`)
  describe.skipIf(Boolean(skipReason))(`search engine contract (${label})${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let engine: SearchEngine
    const search = (q: string, overrides: Partial<SearchQuery> = {}) =>
      engine.search({ access: everything, filters: {}, limit: 20, locale: 'nl', page: 1, q, sort: 'relevance', ...overrides })
    const ids = async (q: string, overrides: Partial<SearchQuery> = {}) =>
      (await search(q, overrides)).hits.map((hit) => hit.document.itemId)

    beforeEach(async () => {
      engine = await createEngine()
      await engine.clear()
      await engine.setSynonyms([
        ['cybercrime', 'digitale criminaliteit'],
        ['jongeren', 'jeugd', 'youth'],
      ])
      await engine.upsert(fixtures)
    })

    it('tolerates a typo and ranks the item with every word first', async () => {
      expect((await ids('phising ouderen'))[0]).toBe('phishing-ouderen')
    })

    it('counts two swapped neighbouring letters as one typo', async () => {
      expect((await ids('phisihng ouderen'))[0]).toBe('phishing-ouderen')
    })

    it('finds a word from its beginning while typing', async () => {
      expect(await ids('phish')).toEqual(expect.arrayContaining(['phishing-ouderen', 'phishing-mkb']))
    })

    it('finds Dutch compounds from their first part', async () => {
      expect(await ids('nazorg')).toEqual(['nazorg'])
      expect(await ids('vakantiepark')).toEqual(['vakantieparken'])
    })

    it('ignores accents', async () => {
      expect(await ids('ideeen')).toEqual(['ideeen'])
      expect(await ids('coordinatie')).toEqual(['ideeen'])
    })

    it('applies synonyms in both directions', async () => {
      expect(await ids('digitale criminaliteit')).toContain('cyber')
      expect(await ids('jongeren')).toEqual(expect.arrayContaining(['jeugd', 'straatcultuur']))
    })

    it('ignores stop words', async () => {
      expect(await ids('de nazorgtafel')).toEqual(await ids('nazorgtafel'))
    })

    it('ranks a title match above a body match', async () => {
      const found = await ids('ouderen')
      expect(found.indexOf('phishing-ouderen')).toBeLessThan(found.indexOf('phishing-mkb'))
    })

    it('answers in the requested language only', async () => {
      const { hits } = await search('phishing', { locale: 'en' })
      expect(hits.map((hit) => hit.document.locale)).toEqual(['en'])
    })

    it('highlights the matched words, escaping the rest', async () => {
      const { hits } = await search('phising')
      expect(hits[0]!.highlights.title).toContain('<mark>Phishing</mark>')
    })

    it('never shows an anonymous caller what is not public, not even in counts', async () => {
      const result = await search('', { access: anonymous })
      expect(result.hits.every((hit) => hit.document.grants.includes('public'))).toBe(true)
      expect(await ids('straatcultuur', { access: anonymous })).toEqual([])
      expect(await ids('nazorgtafel', { access: anonymous })).toEqual([])
      expect(result.facets.targetGroup.youth ?? 0).toBe(0)
      expect(result.facets.targetGroup.victims ?? 0).toBe(0)
    })

    it('shows a member partners items and their own organisation’s', async () => {
      expect(await ids('nazorgtafel', { access: denHaagMember })).toEqual(['nazorg'])
      expect(await ids('straatcultuur', { access: denHaagMember })).toEqual(['straatcultuur'])
      expect(await ids('nazorgtafel', { access: leidenMember })).toEqual([])
    })

    it('shows a group-only item to members of any of its groups, and to nobody else, not even in counts', async () => {
      expect(await ids('wijkambassadeurs', { access: projectMember })).toEqual(['wijkambassadeurs'])
      expect(await ids('wijkambassadeurs', { access: { kind: 'restricted', grants: ['public', 'group:werkgroep-cyber'] } })).toEqual([
        'wijkambassadeurs',
      ])
      expect(await ids('wijkambassadeurs', { access: leidenMember })).toEqual([])
      expect(await ids('wijkambassadeurs', { access: denHaagMember })).toEqual([])
      const outsider = await search('', { access: leidenMember })
      const member = await search('', { access: projectMember })
      expect((member.facets.role.organisation ?? 0) - (outsider.facets.role.organisation ?? 0)).toBe(1)
    })

    it('filters: values within a facet widen, facets narrow, counts stay disjunctive', async () => {
      const seniors = await search('', { filters: { targetGroup: ['seniors'] } })
      expect(seniors.hits.map((hit) => hit.document.itemId)).toEqual(['phishing-ouderen'])
      const either = await search('', { filters: { targetGroup: ['seniors', 'entrepreneurs'] } })
      expect(either.total).toBe(2)
      expect(either.facets.targetGroup).toMatchObject({ entrepreneurs: 1, seniors: 1, youth: 1 })
      const narrowed = await search('', { filters: { role: ['victim'], targetGroup: ['seniors', 'entrepreneurs'] } })
      expect(narrowed.hits.map((hit) => hit.document.itemId)).toEqual(['phishing-ouderen'])
      const byYear = await search('', { filters: { year: ['2025'] } })
      expect(byYear.hits.map((hit) => hit.document.itemId)).toEqual(['vakantieparken'])
    })

    it('excludes items holding a value, from hits and counts alike', async () => {
      const result = await search('', { exclude: { theme: ['cybercrime'], type: ['good-practices'] } })
      expect(result.hits.map((hit) => hit.document.itemId)).not.toContain('phishing-ouderen')
      expect(result.total).toBe(5)
      expect(result.facets.theme.cybercrime ?? 0).toBe(0)
      const combined = await search('', { exclude: { role: ['victim'] }, filters: { theme: ['cybercrime'] } })
      expect(combined.hits.map((hit) => hit.document.itemId).sort()).toEqual(['phishing-mkb', 'wijkambassadeurs'])
    })

    it('sorts by date oldest first', async () => {
      const oldest = await search('phishing', { sort: 'oldest' })
      expect(oldest.hits.map((hit) => hit.document.itemId)).toEqual(['phishing-ouderen', 'phishing-mkb'])
    })

    it('pages and sorts by date', async () => {
      const newest = await search('', { limit: 2, sort: 'newest' })
      expect(newest.total).toBe(9)
      expect(newest.hits.map((hit) => hit.document.itemId)).toEqual(['phishing-mkb', 'phishing-ouderen'])
      const second = await search('', { limit: 2, page: 2, sort: 'newest' })
      expect(second.hits).toHaveLength(2)
      expect(second.hits[0]!.document.itemId).not.toBe('phishing-ouderen')
    })

    it('replaces, removes and forgets items', async () => {
      await engine.upsert([{ ...fixtures[0]!, title: 'Voorlichting over oplichting' }])
      expect(await ids('oplichting')).toContain('phishing-ouderen')
      await engine.removeItem('interventions', 'phishing-ouderen')
      expect(await ids('ouderen')).not.toContain('phishing-ouderen')
      expect(await ids('older', { locale: 'en' })).toEqual([])
      await engine.remove([fixtures[1]!.id])
      expect(await ids('ondernemers')).toEqual([])
      expect((await engine.documentIds()).sort()).toEqual([...fixtures.slice(2, 8), fixtures[9]!].map((each) => each.id).sort())
    })
  })
}
