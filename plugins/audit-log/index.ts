import type { Config } from 'payload'

import { auditLogCollection } from './collection'
import { logChange, logDelete } from './hooks'
import type { AuditLogOptions } from './types'

export { recordAuditEvent } from './record'
export type { AuditAction, AuditEvent, AuditLogOptions, DescribeChange } from './types'

/** Payload's bookkeeping: locks, preferences, jobs and migrations are not anyone's change. */
const payloadInternal = (slug: string) => slug.startsWith('payload-')

/**
 * Records who created, changed, published, unpublished or deleted what and when, in a collection
 * nobody can edit. Adds its hooks after each collection's own, so it sees the final document.
 */
export const auditLog =
  (options: AuditLogOptions) =>
  (config: Config): Config => {
    const slug = options.slug ?? 'audit-log'
    const excluded = new Set([slug, ...(options.exclude ?? [])])
    const collections = (config.collections ?? []).map((collection) => {
      if (excluded.has(collection.slug) || payloadInternal(collection.slug)) return collection
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), logChange(options)],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), logDelete()],
        },
      }
    })
    return {
      ...config,
      collections: [...collections, auditLogCollection(slug, options.access)],
      custom: { ...config.custom, auditLogSlug: slug },
    }
  }
