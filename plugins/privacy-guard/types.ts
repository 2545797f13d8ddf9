import type { Access, CollectionSlug, FieldAccess, PayloadRequest } from 'payload'

export type GuardedCollection = {
  /** Top-level fields never checked: e.g. the contact person, whose details are meant to be there. */
  exclude?: string[]
  /** When this collection is checked, instead of `checkWhen`: e.g. conversation, checked whenever its text changes. */
  checkWhen?: CheckMoment
}

export type CheckMoment = (args: {
  data: Record<string, any>
  operation: 'create' | 'update'
  originalDoc?: Record<string, any>
  req: PayloadRequest
}) => boolean

export type PrivacyGuardOptions = {
  /** Collections whose every text field is checked. Any other field opts in with `custom: { privacyGuard: true }`. */
  collections: Partial<Record<CollectionSlug, GuardedCollection>>
  /** The transitions that are checked (submit for review, publish); ordinary draft saves are not. */
  checkWhen: CheckMoment
  /** Who may let an item through despite findings, with a recorded reason, and read the record of it. */
  canOverride: FieldAccess
  /** Fields only the guard itself writes: the findings a reason let through, and the record of overrides. */
  systemOnly: FieldAccess
  /** Who may do what with the list of names to look for. */
  namesAccess: { create: Access; read: Access; update: Access; delete: Access }
  /** Slug of the collection with names of people to look for. */
  namesSlug?: string
}

/** One finding, located: which field (and language) holds it. */
export type LocatedFinding = {
  kind: string
  masked: string
  path: string
  locale?: string
  /** A hash of the finding, so an override covers exactly what the curator saw. */
  fingerprint: string
}
