import type { Config } from 'payload'

import type { LeasesOptions } from './types'

import { leasesCollection } from './collection'

export { claimLease, releaseLease } from './claim'
export { type HeldLease, holdLease } from './holdLease'
export type { LeaseTerms, LeasesOptions } from './types'

/**
 * Leases in the database: one holder per name at a time, claimed atomically and running out
 * unless renewed. For work that must happen in exactly one process of several (a queue worker,
 * a scheduled job), whichever process that is.
 */
export const leases =
  (options: LeasesOptions) =>
  (config: Config): Config => {
    const slug = options.slug ?? 'leases'
    return {
      ...config,
      collections: [...(config.collections ?? []), leasesCollection(slug, options.access)],
      custom: { ...config.custom, leasesSlug: slug },
    }
  }
