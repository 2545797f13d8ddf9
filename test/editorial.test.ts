import { describe, expect, it } from 'vitest'

import type { SessionUser } from '../domain/access'
import { classifyMove, mayMove, type Move } from '../domain/workflow/moves'

const member: SessionUser = { id: 'u1', organisation: 'org-denhaag', role: 'member' }
const curator: SessionUser = { id: 'u2', organisation: 'org-denhaag', role: 'curator' }
const admin: SessionUser = { id: 'u3', role: 'admin' }

describe('the moves of the editorial workflow (domain/workflow)', () => {
  it.each([
    ['draft', 'draft', false, false, member, 'save'],
    ['draft', 'in-review', false, false, member, 'submit'],
    ['published', 'in-review', false, false, member, 'submit'],
    ['in-review', 'in-review', false, false, member, 'save'],
    ['in-review', 'draft', false, false, member, 'withdraw'],
    ['in-review', 'draft', false, false, curator, 'send-back'],
    ['in-review', 'in-review', true, false, curator, 'publish'],
    ['draft', 'draft', true, false, curator, 'publish'],
    ['published', 'draft', false, true, curator, 'unpublish'],
  ] as const)('%s → %s (publishing %s, unpublishing %s) by %o is a %s', (from, to, publishing, unpublishing, user, move) => {
    expect(classifyMove({ from, publishing, to, unpublishing, user })).toBe(move)
  })

  const moves: Move[] = ['save', 'submit', 'withdraw', 'send-back', 'publish', 'unpublish']
  it.each([
    ['a member', member, ['save', 'submit', 'withdraw']],
    ['a curator', curator, moves],
    ['an admin', admin, moves],
    ['a local script (no user)', null, moves],
  ] as const)('%s may %j', (_label, user, allowed) => {
    expect(moves.filter((move) => mayMove(move, user))).toEqual(allowed)
  })
})
