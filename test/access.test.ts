import { describe, expect, it } from 'vitest'

import { grantOf, grantsFor, mediaReadableBy, readableBy, type SessionUser } from '../domain/access'

const denHaagMember: SessionUser = { id: 'u1', organisation: 'org-denhaag', role: 'member' }
const curator: SessionUser = { id: 'u2', organisation: 'org-denhaag', role: 'curator' }
const admin: SessionUser = { id: 'u3', role: 'admin' }
const memberWithoutOrganisation: SessionUser = { id: 'u4', role: 'member' }

const published = { _status: { equals: 'published' } }

describe('who may read a knowledge item (domain/access)', () => {
  it.each([
    ['anonymous', null, { and: [published, { visibility: { in: ['public'] } }] }],
    [
      'a member',
      denHaagMember,
      { or: [{ and: [published, { visibility: { in: ['public', 'partners'] } }] }, { ownerOrganisation: { equals: 'org-denhaag' } }] },
    ],
    ['a member without organisation', memberWithoutOrganisation, { and: [published, { visibility: { in: ['public', 'partners'] } }] }],
    ['a curator', curator, true],
    ['an admin', admin, true],
  ])('%s', (_label, user, expected) => {
    expect(readableBy(user, { withStatus: true })).toEqual(expected)
  })

  it('uploads have no editorial status', () => {
    expect(readableBy(null, { withStatus: false })).toEqual({ visibility: { in: ['public'] } })
  })
})

describe('how widely an item lets its files be seen (domain/access)', () => {
  it.each([
    ['published', 'public', 'public'],
    ['published', 'partners', 'partners'],
    ['published', 'organisation', 'organisation:org-denhaag'],
    ['draft', 'public', 'organisation:org-denhaag'],
    ['draft', 'partners', 'organisation:org-denhaag'],
  ])('a %s %s item grants %s', (status, visibility, grant) => {
    expect(grantOf({ _status: status, ownerOrganisation: { id: 'org-denhaag' }, visibility })).toBe(grant)
  })

  it.each([
    ['anonymous', null, ['public']],
    ['a member', denHaagMember, ['public', 'partners', 'organisation:org-denhaag']],
    ['a member without organisation', memberWithoutOrganisation, ['public', 'partners']],
  ])('%s holds the grants %j', (_label, user, grants) => {
    expect(grantsFor(user)).toEqual(grants)
  })

  it('files: own visibility, narrowed by the items that link them; the uploader always sees its own', () => {
    expect(mediaReadableBy(curator)).toBe(true)
    expect(mediaReadableBy(null)).toEqual({
      and: [{ visibility: { in: ['public'] } }, { or: [{ linked: { equals: false } }, { grants: { in: ['public'] } }] }],
    })
    expect(mediaReadableBy(denHaagMember)).toEqual({
      or: [
        {
          and: [
            { visibility: { in: ['public', 'partners'] } },
            { or: [{ linked: { equals: false } }, { grants: { in: ['public', 'partners', 'organisation:org-denhaag'] } }] },
          ],
        },
        { ownerOrganisation: { equals: 'org-denhaag' } },
      ],
    })
  })
})
