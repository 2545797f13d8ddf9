import type { Access, CollectionSlug } from 'payload'

export type LeasesOptions = {
  /** The collection that keeps the leases (default `leases`). */
  slug?: CollectionSlug
  /** Leases are written by the plugin only; who may read or change them through the API comes from here. */
  access: { create: Access; read: Access; update: Access; delete: Access; unlock: Access }
}

export type LeaseTerms = {
  /** What the lease is for: one holder per name at a time. */
  name: string
  /** Who asks: unique per process. */
  holder: string
  /** How long a claim lasts unless renewed. */
  ttlMs: number
}
