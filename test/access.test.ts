import { describe, expect, it } from 'vitest'

import { editableBy, grantsFor, grantsOf, mediaReadableBy, readableBy, type SessionUser } from '../domain/access'

const denHaagMember: SessionUser = { id: 'u1', organisation: 'org-denhaag', role: 'member' }
const curator: SessionUser = { id: 'u2', organisation: 'org-denhaag', role: 'curator' }
const admin: SessionUser = { id: 'u3', role: 'admin' }
const memberWithoutOrganisation: SessionUser = { id: 'u4', role: 'member' }
const projectMember: SessionUser = { groups: [{ id: 'g-wijken' }, 'g-werkgroep'], id: 'u5', organisation: 'org-ccv', role: 'member' }

const ownOutsideGroups = (organisation: string) => ({
  and: [{ ownerOrganisation: { equals: organisation } }, { visibility: { not_equals: 'group' } }],
})
const ofGroups = (groups: string[]) => ({ and: [{ visibility: { equals: 'group' } }, { groups: { in: groups } }] })

const published = { _status: { equals: 'published' } }

describe('who may read a knowledge item (domain/access)', () => {
  it.each([
    ['anonymous', null, { and: [published, { visibility: { in: ['public'] } }] }],
    [
      'a member',
      denHaagMember,
      { or: [{ and: [published, { visibility: { in: ['public', 'partners'] } }] }, ownOutsideGroups('org-denhaag')] },
    ],
    [
      'a member of groups',
      projectMember,
      {
        or: [
          { and: [published, { visibility: { in: ['public', 'partners'] } }] },
          ownOutsideGroups('org-ccv'),
          ofGroups(['g-wijken', 'g-werkgroep']),
        ],
      },
    ],
    ['a member without organisation', memberWithoutOrganisation, { and: [published, { visibility: { in: ['public', 'partners'] } }] }],
    ['a curator', curator, true],
    ['an admin', admin, true],
  ])('%s', (_label, user, expected) => {
    expect(readableBy(user, { withStatus: true })).toEqual(expected)
  })

  it('who may change: the own organisation outside groups, the group-only items of their groups, curators all', () => {
    expect(editableBy(null)).toBe(false)
    expect(editableBy(curator)).toBe(true)
    expect(editableBy(denHaagMember)).toEqual(ownOutsideGroups('org-denhaag'))
    expect(editableBy(projectMember)).toEqual({ or: [ownOutsideGroups('org-ccv'), ofGroups(['g-wijken', 'g-werkgroep'])] })
    expect(editableBy({ groups: ['g-wijken'], id: 'u6', role: 'member' })).toEqual(ofGroups(['g-wijken']))
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
    expect(grantsOf({ _status: status, ownerOrganisation: { id: 'org-denhaag' }, visibility })).toEqual([grant])
  })

  it.each([
    ['published', [{ id: 'g-wijken' }, 'g-werkgroep'], ['group:g-wijken', 'group:g-werkgroep']],
    ['draft', ['g-wijken'], ['group:g-wijken']],
    ['draft', [], ['curators']],
  ])('a %s group-only item of groups %j grants %j, never its organisation', (status, groups, grants) => {
    expect(grantsOf({ _status: status, groups, ownerOrganisation: 'org-denhaag', visibility: 'group' })).toEqual(grants)
  })

  it.each([
    ['anonymous', null, ['public']],
    ['a member', denHaagMember, ['public', 'partners', 'organisation:org-denhaag']],
    ['a member without organisation', memberWithoutOrganisation, ['public', 'partners']],
    ['a member of groups', projectMember, ['public', 'partners', 'organisation:org-ccv', 'group:g-wijken', 'group:g-werkgroep']],
  ])('%s holds the grants %j', (_label, user, grants) => {
    expect(grantsFor(user)).toEqual(grants)
  })

  it('files: own visibility, narrowed by the items that link them; the uploader always sees its own', () => {
    expect(mediaReadableBy(curator)).toBe(true)
    expect(mediaReadableBy(null)).toEqual({
      and: [{ visibility: { in: ['public'] } }, { or: [{ linked: { equals: false } }, { grants: { in: ['public'] } }] }],
    })
    expect(mediaReadableBy(denHaagMember)).toEqual({
      and: [
        { or: [{ visibility: { in: ['public', 'partners'] } }, { ownerOrganisation: { equals: 'org-denhaag' } }] },
        { or: [{ linked: { equals: false } }, { grants: { in: ['public', 'partners', 'organisation:org-denhaag'] } }] },
      ],
    })
  })
})
