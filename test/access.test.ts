import { describe, expect, it } from 'vitest'

import { readableBy, type SessionUser } from '../src/access'

const denHaagMember: SessionUser = { id: 'u1', organisation: 'org-denhaag', role: 'member' }
const curator: SessionUser = { id: 'u2', organisation: 'org-denhaag', role: 'curator' }
const admin: SessionUser = { id: 'u3', role: 'admin' }
const memberWithoutOrganisation: SessionUser = { id: 'u4', role: 'member' }

const published = { _status: { equals: 'published' } }

describe('who may read a knowledge item (src/access)', () => {
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
