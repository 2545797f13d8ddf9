import type { Access, FieldAccess } from 'payload'

import type { SessionUser } from './predicates'
import { isAdmin, isCurator, isSignedIn, organisationOf } from './predicates'
import { mediaReadableBy, ownedBy, readableBy } from './where'

const userOf = (req: { user?: unknown }) => req.user as SessionUser | null | undefined

export const anyone: Access = () => true

export const signedIn: Access = ({ req }) => isSignedIn(userOf(req))

export const curators: Access = ({ req }) => isCurator(userOf(req))

export const admins: Access = ({ req }) => isAdmin(userOf(req))

/** Knowledge items: visibility and editorial status decide. */
export const readKnowledge: Access = ({ req }) => readableBy(userOf(req), { withStatus: true })

/** Version history shows drafts, so it is for the owner organisation and curators only. */
export const readKnowledgeVersions: Access = ({ req }) => {
  const user = userOf(req)
  if (isCurator(user)) return true
  const organisation = organisationOf(user)
  if (!organisation) return false
  return { 'version.ownerOrganisation': { equals: organisation } }
}

/** Members edit their own organisation's items; curators edit everything. */
export const editOwnOrganisation: Access = ({ req }) => {
  const user = userOf(req)
  if (isCurator(user)) return true
  const organisation = organisationOf(user)
  return organisation ? ownedBy(organisation) : false
}

/**
 * Knowledge items: as `editOwnOrganisation`, but publishing is for curators. Asked with
 * `_status: 'published'`, this is also what hides the admin panel's publish button from members.
 */
export const editKnowledge: Access = (args) => {
  const publishing = (args.data as { _status?: unknown } | undefined)?._status === 'published'
  if (publishing && !isCurator(userOf(args.req))) return false
  return editOwnOrganisation(args)
}

/** Uploads have a visibility but no editorial status; the items that link them narrow it. */
export const readMedia: Access = ({ req }) => mediaReadableBy(userOf(req))

export const adminOrSelf: Access = ({ req }) => {
  const user = userOf(req)
  if (isAdmin(user)) return true
  if (!isSignedIn(user)) return false
  return { id: { equals: user.id } }
}

export const readUsers: Access = ({ req }) => {
  const user = userOf(req)
  if (isCurator(user)) return true
  if (!isSignedIn(user)) return false
  return { id: { equals: user.id } }
}

export const signedInField: FieldAccess = ({ req }) => isSignedIn(userOf(req))

export const adminField: FieldAccess = ({ req }) => isAdmin(userOf(req))

export const curatorField: FieldAccess = ({ req }) => isCurator(userOf(req))

/** The rules of every knowledge collection, in one place. */
export const knowledgeAccess = {
  create: signedIn,
  delete: curators,
  read: readKnowledge,
  readVersions: readKnowledgeVersions,
  update: editKnowledge,
}
