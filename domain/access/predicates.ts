/**
 * Who is asking. Every access rule in Weerbaar is built from these predicates, so REST, GraphQL,
 * search, the portal, the admin panel and uploads all answer the same question the same way.
 */
export const roles = ['admin', 'curator', 'member'] as const
export type Role = (typeof roles)[number]

export type SessionUser = {
  id: string | number
  collection?: string
  role?: Role | null
  organisation?: string | number | { id: string | number } | null
  /** The groups this account is a member of, as the groups record them (kept on the account by the system). */
  groups?: Array<string | number | { id: string | number }> | null
  /** Set when a partner system signed in with an API key: what the key allows. */
  apiKey?: { scope: 'read' | 'read-write' } | null
}

type MaybeUser = SessionUser | null | undefined

export const isSignedIn = (user: MaybeUser): user is SessionUser => Boolean(user?.id)

export const isAdmin = (user: MaybeUser): boolean => user?.role === 'admin'

/** Curators manage content and taxonomies; admins can do everything a curator can. */
export const isCurator = (user: MaybeUser): boolean => user?.role === 'curator' || user?.role === 'admin'

/** Whether this caller may change anything at all: not with a read-only API key, whatever the account may. */
export const mayWrite = (user: MaybeUser): boolean => user?.apiKey?.scope !== 'read'

/** Publishing (and taking back, and sending back) is the curators' decision: the one rule for it. */
export const mayPublish = (user: MaybeUser): boolean => isCurator(user)

export const organisationOf = (user: MaybeUser): string | undefined => {
  const organisation = user?.organisation
  if (organisation === null || organisation === undefined) return undefined
  return String(typeof organisation === 'object' ? organisation.id : organisation)
}

/** The ids of the groups someone is a member of: their group-only items are theirs to read and edit. */
export const groupsOf = (user: MaybeUser): string[] =>
  isSignedIn(user) ? (user.groups ?? []).map((group) => String(typeof group === 'object' ? group.id : group)) : []

/** The request's user, as the predicates read it. */
export const userOf = (req: { user?: unknown } | null | undefined) => req?.user as SessionUser | null | undefined

/** Whose experience with an intervention someone may record: members their own municipality's, curators any. */
export const mayRecordExperienceOf = (user: MaybeUser, municipality: string): boolean =>
  isCurator(user) || organisationOf(user) === municipality
