import { describe, expect, it } from 'vitest'

import type { PayloadRequest } from 'payload'

import {
  collectionRules,
  curatorsMayAsk,
  curatorsMayChange,
  mayPublish,
  mayRecordExperienceOf,
  editorsField,
  groupManagerField,
  manageGroups,
  publishersMayChange,
  type SessionUser,
} from '../domain/access'
import { importableSlugs, itemSlugs, knowledgeCollections, portalSlugOfSection, reviewedSlugs, searchableSlugs } from '../domain/knowledge'
import { acceptsValue, parseFilterValues, ThemeTree } from '../domain/vocabulary'

const member: SessionUser = { id: 'u1', organisation: 'org-leiden', role: 'member' }
const curator: SessionUser = { id: 'u2', organisation: 'org-rsiv', role: 'curator' }
const admin: SessionUser = { id: 'u3', role: 'admin' }

describe('who may publish and record experiences (domain/access)', () => {
  it.each([
    ['anonymous', null, false],
    ['a member', member, false],
    ['a curator', curator, true],
    ['an admin', admin, true],
  ])('%s may publish: %s', (_label, user, allowed) => {
    expect(mayPublish(user)).toBe(allowed)
  })

  it.each([
    ['a member, for their own municipality', member, 'org-leiden', true],
    ['a member, for another municipality', member, 'org-den-haag', false],
    ['a curator, for any municipality', curator, 'org-den-haag', true],
    ['anonymous', null, 'org-leiden', false],
  ])('%s: %s', (_label, user, municipality, allowed) => {
    expect(mayRecordExperienceOf(user, municipality)).toBe(allowed)
  })
})

describe('who reads an item’s review history (domain/access)', () => {
  const item: Record<string, unknown> = { id: 'i1', ownerOrganisation: 'org-leiden' }
  const groupItem: Record<string, unknown> = {
    groups: [{ id: 'g-wijken' }],
    id: 'i2',
    ownerOrganisation: 'org-leiden',
    visibility: 'group',
  }
  it.each<[string, SessionUser | null, boolean, Record<string, unknown>?]>([
    ['anonymous', null, false],
    ['a member of the owner organisation', member, true],
    ['a member of another organisation', { ...member, organisation: 'org-den-haag' }, false],
    ['a curator of any organisation', curator, true],
    ['a member reading a populated owner', member, true, { ...item, ownerOrganisation: { id: 'org-leiden' } }],
    ['a member of the owner organisation, on a group-only item of a group they are not in', member, false, groupItem],
    ['a member of the group from another organisation', { ...member, groups: ['g-wijken'], organisation: 'org-ccv' }, true, groupItem],
    ['a member of the group, groups populated', { ...member, groups: [{ id: 'g-wijken' }], organisation: 'org-ccv' }, true, groupItem],
  ])('%s: %s', (_label, user, allowed, doc = item) => {
    const args = { doc, req: { user } } as unknown as Parameters<typeof editorsField>[0]
    expect(editorsField(args)).toBe(allowed)
  })
})

describe('who keeps a group (domain/access)', () => {
  const group = { managers: [{ id: 'u1' }, 'u9'] }
  const asArgs = (user: SessionUser | null, doc?: unknown) => ({ doc, req: { user } }) as unknown as Parameters<typeof groupManagerField>[0]
  it.each<[string, SessionUser | null, boolean]>([
    ['anonymous', null, false],
    ['a manager', member, true],
    ['a member who is no manager', { ...member, id: 'u5' }, false],
    ['a curator', curator, true],
  ])('%s changes its members: %s', (_label, user, allowed) => {
    expect(groupManagerField(asArgs(user, group))).toBe(allowed)
  })

  it('a manager may update the groups they manage; curators all; nobody else', () => {
    const rule = (user: SessionUser | null) => manageGroups({ req: { user } } as never)
    expect(rule(null)).toBe(false)
    expect(rule(curator)).toBe(true)
    expect(rule(member)).toEqual({ managers: { in: ['u1'] } })
  })
})

describe('what an API key may do (domain/access)', () => {
  const readOnlyKey: SessionUser = { ...curator, apiKey: { scope: 'read' } }
  const readWriteKey: SessionUser = { ...curator, apiKey: { scope: 'read-write' } }
  const asRequest = (user: SessionUser | null) => ({ req: { user } as unknown as PayloadRequest })

  it.each([
    ['the curator signed in', curator, true, true],
    ['the curator’s read-only key', readOnlyKey, true, false],
    ['the curator’s read-write key', readWriteKey, true, true],
  ])('%s: reads %s, changes %s', (_label, user, reads, changes) => {
    const rules = collectionRules.themes
    expect(Boolean(rules.read(asRequest(user)))).toBe(reads)
    for (const operation of ['create', 'update', 'delete'] as const) expect(rules[operation](asRequest(user))).toBe(changes)
    expect(curatorsMayAsk(asRequest(user).req)).toBe(reads)
    expect(curatorsMayChange(asRequest(user).req)).toBe(changes)
    expect(publishersMayChange(asRequest(user).req)).toBe(changes)
  })
})

describe('what the theme hierarchy means (domain/vocabulary)', () => {
  const tree = new ThemeTree([
    { id: 't1', slug: 'cybercrime' },
    { id: 't2', parent: 't1', slug: 'online-fraude' },
    { id: 't3', parent: 't1', slug: 'cyberaanvallen' },
    { id: 't4', slug: 'ondermijning' },
    { id: 't5', parent: 't4', slug: 'witwassen' },
  ])

  it.each([
    [['t2'], ['online-fraude', 'cybercrime']],
    [['t1'], ['cybercrime']],
    [
      ['t2', 't3'],
      ['online-fraude', 'cybercrime', 'cyberaanvallen'],
    ],
    [
      ['t5', 't1'],
      ['witwassen', 'ondermijning', 'cybercrime'],
    ],
    [['unknown'], []],
  ])('an item on %j counts under %j', (ids, slugs) => {
    expect(tree.slugsCountedFor(ids)).toEqual(slugs)
  })

  it.each([
    [['cybercrime'], ['t1', 't2', 't3']],
    [['online-fraude'], ['t2']],
    [
      ['cybercrime', 'witwassen'],
      ['t1', 't2', 't3', 't5'],
    ],
    [['nothing'], []],
  ])('a filter on %j finds items on %j', (slugs, ids) => {
    expect(tree.idsFoundBy(slugs).sort()).toEqual(ids)
  })

  it('counts a sub-theme in the matrix under its main theme', () => {
    expect(tree.mainThemeOf('t2')?.slug).toBe('cybercrime')
    expect(tree.mainThemeOf('t4')?.slug).toBe('ondermijning')
  })
})

describe('one parser for the filters of search and the matrix (domain/vocabulary)', () => {
  it.each([
    ['role', ['victim', 'offender'], ['victim', 'offender'], undefined],
    ['role', ['victim,offender'], ['victim', 'offender'], undefined],
    ['role', ['thief'], ['thief'], 'role'],
    ['theme', ['cybercrime'], ['cybercrime'], undefined],
    ['theme', ['Cyber Crime'], ['Cyber Crime'], 'theme'],
    ['year', ['2026'], ['2026'], undefined],
    ['year', ['26'], ['26'], 'year'],
    ['type', ['interventions'], ['interventions'], undefined],
    ['type', ['experiences'], ['experiences'], 'type'],
  ] as const)('%s %j', (name, raw, values, problem) => {
    const parsed = parseFilterValues(name, raw)
    expect(parsed.values).toEqual(values)
    expect(parsed.problem?.parameter).toBe(problem)
  })

  it('accepts crime types the matrix filters on', () => {
    expect(acceptsValue('crimeType', 'phishing')).toBe(true)
    expect(acceptsValue('crimeType', 'shoplifting')).toBe(false)
  })
})

describe('the knowledge registry (domain/knowledge)', () => {
  it('lists every collection once, with a portal section of its own', () => {
    const slugs = knowledgeCollections.map((entry) => entry.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    const paths = knowledgeCollections.flatMap((entry) => ('portalPath' in entry ? [entry.portalPath] : []))
    expect(new Set(paths).size).toBe(paths.length)
    expect(portalSlugOfSection('goede-praktijken')).toBe('good-practices')
    expect(portalSlugOfSection('onbekend')).toBeUndefined()
  })

  it('derives every list from the entries', () => {
    expect(searchableSlugs).toEqual(['interventions', 'good-practices', 'lessons-learned', 'knowledge-cases'])
    expect(importableSlugs).toEqual(['interventions', 'good-practices', 'lessons-learned'])
    expect(reviewedSlugs).toEqual(['interventions', 'good-practices', 'lessons-learned', 'knowledge-cases', 'experiences'])
    expect(itemSlugs).toEqual(['good-practices', 'interventions', 'knowledge-cases', 'lessons-learned'])
  })

  it('never lets a workshop case be public, and guards all its text', () => {
    const cases = knowledgeCollections.find((entry) => entry.slug === 'knowledge-cases')!
    expect(cases.allowPublic).toBe(false)
    expect(cases.privacy).toEqual({ all: true, except: ['contact', 'reviewComment'] })
  })
})
