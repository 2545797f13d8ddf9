import type { Where } from 'payload'

import type { SessionUser } from './predicates'
import { groupsOf, isCurator, isSignedIn, organisationOf } from './predicates'

export const visibilities = ['public', 'partners', 'group', 'organisation'] as const
export type Visibility = (typeof visibilities)[number]

/** A rule answers with true (everything), false (nothing) or a query that selects what is allowed. */
export type Decision = boolean | Where

export const published: Where = { _status: { equals: 'published' } }

export const ownedBy = (organisationId: string): Where => ({
  ownerOrganisation: { equals: organisationId },
})

const notGroupOnly: Where = { visibility: { not_equals: 'group' } }

/** Group-only items of these groups: their members read and edit them together, drafts included. */
export const sharedWithGroups = (groupIds: string[], prefix = ''): Where => ({
  and: [{ [`${prefix}visibility`]: { equals: 'group' } }, { [`${prefix}groups`]: { in: groupIds } }],
})

/**
 * The owner organisation's own items, except those it shared with a group: a group-only item
 * belongs to the group, and a colleague outside the group does not read along.
 */
export const ownedByOutsideGroups = (organisationId: string, prefix = ''): Where => ({
  and: [{ [`${prefix}ownerOrganisation`]: { equals: organisationId } }, { [`${prefix}visibility`]: { not_equals: 'group' } }],
})

/** The visibilities a reader may see in items that are neither their organisation's nor their groups'. */
export const visibilitiesFor = (user: SessionUser | null | undefined): Visibility[] =>
  isSignedIn(user) ? ['public', 'partners'] : ['public']

const anyOf = (clauses: Where[]): Where => (clauses.length === 1 ? clauses[0]! : { or: clauses })

/**
 * What a reader may see of a collection whose items carry a visibility, groups and an owner
 * organisation. `withStatus` adds the editorial status: unpublished items are only for their
 * organisation, or for their groups when they are group-only.
 */
export const readableBy = (user: SessionUser | null | undefined, { withStatus }: { withStatus: boolean }): Decision => {
  if (isCurator(user)) return true
  const shared: Where = { visibility: { in: visibilitiesFor(user) } }
  const clauses: Where[] = [withStatus ? { and: [published, shared] } : shared]
  const organisation = organisationOf(user)
  if (isSignedIn(user) && organisation) clauses.push(ownedByOutsideGroups(organisation))
  const groups = groupsOf(user)
  if (groups.length > 0) clauses.push(sharedWithGroups(groups))
  return anyOf(clauses)
}

/**
 * What a member may change: their organisation's items, and the group-only items of their groups
 * whichever organisation owns them (co-editing across organisations). `prefix` reads the same
 * rule inside version history (`version.`).
 */
export const editableBy = (user: SessionUser | null | undefined, prefix = ''): Decision => {
  if (isCurator(user)) return true
  const clauses: Where[] = []
  const organisation = organisationOf(user)
  if (organisation) clauses.push(ownedByOutsideGroups(organisation, prefix))
  const groups = groupsOf(user)
  if (groups.length > 0) clauses.push(sharedWithGroups(groups, prefix))
  return clauses.length === 0 ? false : anyOf(clauses)
}

type Audience = { _status?: unknown; visibility?: unknown; ownerOrganisation?: unknown; groups?: unknown }

const idOf = (value: unknown): string => String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/**
 * Who an item lets see what hangs on it (its files, its conversation, its search entry), as grants
 * a reader holds (`grantsFor`). A published item shares as widely as itself; a group-only item
 * with its groups, published or not; an unpublished or organisation-only item with its organisation.
 */
export const grantsOf = (item: Audience): string[] => {
  if (item.visibility === 'group') {
    const groups = (Array.isArray(item.groups) ? item.groups : []).map((group) => `group:${idOf(group)}`)
    // A grant nobody holds: without groups, only curators read what hangs on it (as the item itself).
    return groups.length > 0 ? groups : ['curators']
  }
  if (item._status === 'published' && (item.visibility === 'public' || item.visibility === 'partners')) return [item.visibility]
  return [`organisation:${idOf(item.ownerOrganisation)}`]
}

/** The grants this reader holds: what they may see of things hanging on items (`grantsOf`). */
export const grantsFor = (user: SessionUser | null | undefined): string[] => {
  const organisation = organisationOf(user)
  return [
    ...visibilitiesFor(user),
    ...(isSignedIn(user) && organisation ? [`organisation:${organisation}`] : []),
    ...groupsOf(user).map((group) => `group:${group}`),
  ]
}

/**
 * Files carry their own visibility, and a file linked from items is also never more visible than
 * those items let it be: a public file attached only to an organisation's draft stays with that
 * organisation until the item is published, and one attached only to a group-only item stays with
 * the group, even for colleagues of the uploader. The uploading organisation sees its files
 * that are not linked, or linked where it may read.
 */
export const mediaReadableBy = (user: SessionUser | null | undefined): Decision => {
  if (isCurator(user)) return true
  const asLinked: Where = { or: [{ linked: { equals: false } }, { grants: { in: grantsFor(user) } }] }
  const shared: Where = { visibility: { in: visibilitiesFor(user) } }
  const organisation = organisationOf(user)
  if (!isSignedIn(user) || !organisation) return { and: [shared, asLinked] }
  return { and: [{ or: [shared, ownedBy(organisation)] }, asLinked] }
}
