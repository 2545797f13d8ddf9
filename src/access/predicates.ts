/**
 * Who is asking. Every access rule in Weerbaar is built from these predicates, so REST, GraphQL,
 * the admin panel and (later) search and the portal all answer the same question the same way.
 */
export const roles = ['admin', 'curator', 'member'] as const
export type Role = (typeof roles)[number]

export type SessionUser = {
  id: string | number
  collection?: string
  role?: Role | null
  organisation?: string | number | { id: string | number } | null
}

type MaybeUser = SessionUser | null | undefined

export const isSignedIn = (user: MaybeUser): user is SessionUser => Boolean(user?.id)

export const isAdmin = (user: MaybeUser): boolean => user?.role === 'admin'

/** Curators manage content and taxonomies; admins can do everything a curator can. */
export const isCurator = (user: MaybeUser): boolean =>
  user?.role === 'curator' || user?.role === 'admin'

export const organisationOf = (user: MaybeUser): string | undefined => {
  const organisation = user?.organisation
  if (organisation === null || organisation === undefined) return undefined
  return String(typeof organisation === 'object' ? organisation.id : organisation)
}
