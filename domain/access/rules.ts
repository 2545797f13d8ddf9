import type { Access, CollectionSlug, FieldAccess, PayloadRequest, Where } from 'payload'

import { idOf } from '../../lib/idOf'
import { namedRule } from '../../lib/namedRule'
import { permittedIds } from './permittedIds'
import { groupsOf, isAdmin, isCurator, isSignedIn, mayPublish, organisationOf, type SessionUser, userOf } from './predicates'
import { editableBy, grantsFor, grantsOf, mediaReadableBy, ownedBy, readableBy } from './visibility'

/**
 * Every access decision of the workspace, as small named rules. Collections, plugins, Payload's
 * own collections and custom endpoints all take their rules from here (see `collections.ts` for
 * which rule guards which operation).
 */

export const nobody = namedRule('nobody', (() => false) satisfies Access)

export const anyone = namedRule('anyone', (() => true) satisfies Access)

export const signedIn = namedRule('signedIn', (({ req }) => isSignedIn(userOf(req))) satisfies Access)

export const curators = namedRule('curators', (({ req }) => isCurator(userOf(req))) satisfies Access)

export const admins = namedRule('admins', (({ req }) => isAdmin(userOf(req))) satisfies Access)

/** Who may open the admin panel: everyone with an account; members draft their organisation's items there. */
export const adminPanel = namedRule('adminPanel', ({ req }: { req: PayloadRequest }) => isSignedIn(userOf(req)))

/** Knowledge items: visibility and editorial status decide. */
export const readKnowledge = namedRule('readKnowledge', (({ req }) => readableBy(userOf(req), { withStatus: true })) satisfies Access)

/** Version history shows drafts, so it is for those who may edit the item (as each version stood) and curators. */
export const readKnowledgeVersions = namedRule('readKnowledgeVersions', (({ req }) => editableBy(userOf(req), 'version.')) satisfies Access)

/** Members edit their own organisation's things; curators edit everything. Files have no groups. */
export const editOwnOrganisation = namedRule('editOwnOrganisation', (({ req }) => {
  const user = userOf(req)
  if (isCurator(user)) return true
  const organisation = organisationOf(user)
  return organisation ? ownedBy(organisation) : false
}) satisfies Access)

/**
 * Knowledge items: members edit their organisation's items and, across organisations, the
 * group-only items of their groups; only publishers make a version live. Asked with
 * `_status: 'published'`, this is also what hides the admin panel's publish button from members.
 */
export const editKnowledge = namedRule('editKnowledge', (({ data, req }) => {
  const publishing = (data as { _status?: unknown } | undefined)?._status === 'published'
  if (publishing && !mayPublish(userOf(req))) return false
  return editableBy(userOf(req))
}) satisfies Access)

/** Uploads have a visibility but no editorial status; the items that link them narrow it. */
export const readMedia = namedRule('readMedia', (({ req }) => mediaReadableBy(userOf(req))) satisfies Access)

export const adminOrSelf = namedRule('adminOrSelf', (({ req }) => {
  const user = userOf(req)
  if (isAdmin(user)) return true
  if (!isSignedIn(user)) return false
  return { id: { equals: user.id } }
}) satisfies Access)

/**
 * Signed-in members see each other's accounts as colleagues do (name, organisation, the themes
 * they answer for, their groups): the partner directory and picking group members need it. What
 * is personal stays with the account itself (`ownAccountField`), and an e-mail address is shown
 * only where its owner chose to (`emailField`). Visitors see no accounts.
 */
export const readUsers = namedRule('readUsers', (({ req }) => isSignedIn(userOf(req))) satisfies Access)

const ownedByUser = (user: { id: string | number; collection?: string }): Where => ({
  and: [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection ?? 'users' } }],
})

/** Admin panel preferences (columns, open groups): each person's own. */
export const ownPreferences = namedRule('ownPreferences', (({ req }) => {
  const user = userOf(req)
  return isSignedIn(user) ? ownedByUser(user) : false
}) satisfies Access)

type Lock = { id: string | number; document?: { relationTo?: string; value?: unknown } | null }

/**
 * The edit locks on documents this user may `operation`. A lock names a document and the person
 * editing it; one on a hidden draft must not tell a member that the draft exists, or who works on
 * it. Locks are few (one per open edit view), so they are checked one by one.
 */
async function locksOnPermittedDocuments(req: PayloadRequest, operation: 'read' | 'update'): Promise<Where | boolean> {
  const user = userOf(req)
  if (isCurator(user)) return true
  if (!isSignedIn(user)) return false
  const { docs } = await req.payload.db.find({ collection: 'payload-locked-documents', limit: 0, pagination: false, req })
  const locks = docs as unknown as Lock[]
  const byCollection = new Map<string, Lock[]>()
  for (const lock of locks) {
    const collection = lock.document?.relationTo
    if (collection) byCollection.set(collection, [...(byCollection.get(collection) ?? []), lock])
  }
  const permitted: string[] = []
  for (const [collection, each] of byCollection) {
    const ids = each.map((lock) => String(lock.document?.value))
    const allowed = await permittedIds(req, collection as never, ids, operation)
    permitted.push(...each.filter((lock) => allowed.has(String(lock.document?.value))).map((lock) => String(lock.id)))
  }
  return { or: [ownedByUser(user), { id: { in: permitted } }] }
}

/** Whether someone is editing a document: told to those who may read the document. */
export const readLocks = namedRule('readLocks', (({ req }) => locksOnPermittedDocuments(req, 'read')) satisfies Access)

/** Taking over or releasing an edit lock: for those who may edit the document themselves. */
export const manageLocks = namedRule('manageLocks', (({ req }) => locksOnPermittedDocuments(req, 'update')) satisfies Access)

/** Someone's follows: each person reads, makes and stops only their own. */
export const ownFollows = namedRule('ownFollows', (({ req }) => {
  const user = userOf(req)
  return isSignedIn(user) ? { user: { equals: user.id } } : false
}) satisfies Access)

/** Someone's own notifications, to mark read or delete. */
export const ownNotifications = namedRule('ownNotifications', (({ req }) => {
  const user = userOf(req)
  return isSignedIn(user) ? { recipient: { equals: user.id } } : false
}) satisfies Access)

type NotificationRow = { id: string | number; item?: { relationTo?: string; value?: unknown } | null }

/**
 * Someone's own notifications, and of those only the ones about items they may read now: an
 * item that became organisation-only after the notification was made is no longer named or
 * linked, and does not count as unread. The item's own read rule decides, per reader, at the
 * moment of reading. Notifications are kept for a limited time, so a person's are few.
 */
export const readOwnNotifications = namedRule('readOwnNotifications', (async ({ req }) => {
  const user = userOf(req)
  if (!isSignedIn(user)) return false
  const mine: Where = { recipient: { equals: user.id } }
  if (isCurator(user)) return mine
  const { docs } = await req.payload.db.find({
    collection: 'notifications' as CollectionSlug,
    limit: 0,
    pagination: false,
    req,
    select: { item: true },
    where: mine,
  })
  const rows = docs as unknown as NotificationRow[]
  if (rows.length === 0) return mine
  const byCollection = new Map<string, NotificationRow[]>()
  for (const row of rows) {
    const collection = row.item?.relationTo
    if (collection) byCollection.set(collection, [...(byCollection.get(collection) ?? []), row])
  }
  const permitted = rows.filter((row) => !row.item?.relationTo).map((row) => String(row.id))
  for (const [collection, each] of byCollection) {
    const allowed = await permittedIds(
      req,
      collection as CollectionSlug,
      each.map((row) => String(row.item?.value)),
    )
    permitted.push(...each.filter((row) => allowed.has(String(row.item?.value))).map((row) => String(row.id)))
  }
  return { and: [mine, { id: { in: permitted } }] }
}) satisfies Access)

/**
 * Comments: exactly those who may read the item they are on, and never anonymous visitors. Each
 * comment carries its item's grants (`grantsOf`, kept in step by the item's hooks), so the rule is
 * one condition however many items are discussed.
 */
export const readComments = namedRule('readComments', (({ req }) => {
  const user = userOf(req)
  if (!isSignedIn(user)) return false
  if (isCurator(user)) return true
  return { grants: { in: grantsFor(user) } }
}) satisfies Access)

/** Changing a comment: its author (within the edit window, and deleting any time); curators moderate any. */
export const editComments = namedRule('editComments', (({ req }) => {
  const user = userOf(req)
  if (isCurator(user)) return true
  return isSignedIn(user) ? { author: { equals: user.id } } : false
}) satisfies Access)

/** Questions to the region: their visibility decides, with the asker's organisation as owner. They have no draft stage. */
export const readQuestions = namedRule('readQuestions', (({ req }) => readableBy(userOf(req), { withStatus: false })) satisfies Access)

/** The asker changes their question (and accepts an answer, and closes it); curators any. */
export const editOwnQuestions = namedRule('editOwnQuestions', (({ req }) => {
  const user = userOf(req)
  if (isCurator(user)) return true
  return isSignedIn(user) ? { askedBy: { equals: user.id } } : false
}) satisfies Access)

/** A group's own record (description, members): its managers, whom a curator chose, and curators. */
export const manageGroups = namedRule('manageGroups', (({ req }) => {
  const user = userOf(req)
  if (isCurator(user)) return true
  return isSignedIn(user) ? { managers: { in: [user.id] } } : false
}) satisfies Access)

/**
 * Knowledge-workshop sessions: their group's members and curators, and the organisations that own
 * one of their recommendations, who have to follow it up and need to know where it came from.
 */
export const readWorkshopSessions = namedRule('readWorkshopSessions', (({ req }) => {
  const user = userOf(req)
  if (isCurator(user)) return true
  if (!isSignedIn(user)) return false
  const clauses: Where[] = []
  const groups = groupsOf(user)
  if (groups.length > 0) clauses.push({ group: { in: groups } })
  const organisation = organisationOf(user)
  if (organisation) clauses.push({ 'recommendations.ownerOrganisation': { equals: organisation } })
  return clauses.length === 0 ? false : clauses.length === 1 ? clauses[0]! : { or: clauses }
}) satisfies Access)

/**
 * Recording a session: curators, and members of a group, for their own groups only (asked without
 * a session, as the admin panel does to offer "create", it answers whether they are in any group).
 */
export const recordWorkshopSessions = namedRule('recordWorkshopSessions', (({ data, req }) => {
  const user = userOf(req)
  if (isCurator(user)) return true
  if (!isSignedIn(user)) return false
  const groupId = idOf((data as { group?: unknown } | undefined)?.group)
  if (groupId === undefined) return groupsOf(user).length > 0
  return groupsOf(user).includes(groupId)
}) satisfies Access)

/** Changing a session (minutes, recommendations): its group's members and curators. */
export const editWorkshopSessions = namedRule('editWorkshopSessions', (({ req }) => {
  const user = userOf(req)
  if (isCurator(user)) return true
  const groups = groupsOf(user)
  return groups.length > 0 ? { group: { in: groups } } : false
}) satisfies Access)

/** Reports of comments: curators decide on all of them; whoever reported sees their own. */
export const readReports = namedRule('readReports', (({ req }) => {
  const user = userOf(req)
  if (isCurator(user)) return true
  return isSignedIn(user) ? { reporter: { equals: user.id } } : false
}) satisfies Access)

// Field rules: who may read or write one field of an item they may otherwise read or edit.

export const signedInField = namedRule('signedInField', (({ req }) => isSignedIn(userOf(req))) satisfies FieldAccess)

export const adminField = namedRule('adminField', (({ req }) => isAdmin(userOf(req))) satisfies FieldAccess)

export const curatorField = namedRule('curatorField', (({ req }) => isCurator(userOf(req))) satisfies FieldAccess)

/** An item's editorial record (its review history with the curators' comments): those who may edit it, and curators. */
export const editorsField = namedRule('editorsField', (({ doc, req }) => {
  const user = userOf(req)
  if (isCurator(user)) return true
  const item = (doc ?? {}) as { ownerOrganisation?: unknown; visibility?: unknown; groups?: unknown }
  if (item.visibility === 'group') {
    const mine = new Set(groupsOf(user))
    return (Array.isArray(item.groups) ? item.groups : []).some((group) => mine.has(idOf(group) ?? ''))
  }
  const organisation = organisationOf(user)
  return organisation !== undefined && idOf(item.ownerOrganisation) === organisation
}) satisfies FieldAccess)

/** What a group's managers keep up to date (its members, description, themes): they and curators. */
export const groupManagerField = namedRule('groupManagerField', (({ doc, req }) => {
  const user = userOf(req)
  if (isCurator(user)) return true
  if (!isSignedIn(user)) return false
  const managers = (doc as { managers?: unknown } | undefined)?.managers
  return Array.isArray(managers) && managers.some((manager) => idOf(manager) === String(user.id))
}) satisfies FieldAccess)

const authorOf = (doc: unknown): string | undefined => {
  const author = (doc as { author?: unknown } | undefined)?.author
  if (author === null || author === undefined) return undefined
  return String(typeof author === 'object' ? (author as { id?: unknown }).id : author)
}

/** What a comment says is its author's words: only they change it, curators hide it instead. */
export const commentAuthorField = namedRule('commentAuthorField', (({ doc, req }) => {
  const user = userOf(req)
  return isSignedIn(user) && authorOf(doc) === String(user.id)
}) satisfies FieldAccess)

/** What only the author and curators see of a comment: the mentions that reached nobody, a hidden comment's reason. */
export const commentAuthorOrCuratorField = namedRule('commentAuthorOrCuratorField', (({ doc, req }) => {
  const user = userOf(req)
  return isCurator(user) || (isSignedIn(user) && authorOf(doc) === String(user.id))
}) satisfies FieldAccess)

/** Fields the system keeps (who published, file links, sign-in bookkeeping): never written through the API. */
export const systemField = namedRule('systemField', (() => false) satisfies FieldAccess)

/** Secrets (an API key as stored, its lookup index): never read back through the API, not even by their owner. */
export const secretField = namedRule('secretField', (() => false) satisfies FieldAccess)

/** A webhook's signing secret: admins read it to set up the receiving system; only the system writes it. */
export const webhookSecretField = namedRule('webhookSecretField', (({ req }) => isAdmin(userOf(req))) satisfies FieldAccess)

/**
 * What a partner system could see of an item once it is live: `grantsOf` the item as published,
 * against the grants of the webhook's owner. Decides whether an unpublish is worth telling.
 */
export const couldReadLive = (user: SessionUser | null | undefined, item: Record<string, unknown>): boolean => {
  if (isCurator(user)) return true
  const held = new Set(grantsFor(user))
  return grantsOf({ ...item, _status: 'published' }).some((grant) => held.has(grant))
}

/** An account's e-mail address: the account itself, curators and admins, and other members only if its owner shows it. */
export const emailField = namedRule('emailField', (({ doc, req }) => {
  const user = userOf(req)
  if (!isSignedIn(user)) return false
  const account = (doc ?? {}) as { id?: unknown; shareEmail?: unknown }
  return isCurator(user) || String(user.id) === String(account.id) || account.shareEmail === true
}) satisfies FieldAccess)

/** An account's own bookkeeping (its sign-in sessions): readable by that account only. */
export const ownAccountField = namedRule('ownAccountField', (({ doc, req }) => {
  const user = userOf(req)
  return isSignedIn(user) && String(user.id) === String((doc as { id?: unknown } | undefined)?.id)
}) satisfies FieldAccess)
