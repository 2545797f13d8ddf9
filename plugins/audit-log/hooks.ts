import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { recordAuditEvent } from './record'
import type { AuditLogOptions } from './types'

const alwaysIgnored = new Set(['createdAt', 'updatedAt'])

/** A related document counts by its id: one side of a change may be populated, the other not. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable)
  if (!value || typeof value !== 'object') return value ?? null
  const record = value as Record<string, unknown>
  if ('id' in record && 'updatedAt' in record) return record.id
  return Object.fromEntries(Object.entries(record).map(([key, each]) => [key, comparable(each)]))
}

/** The top-level fields whose stored value differs; values are compared, never recorded. */
export function changedFields(
  previous: Record<string, unknown> | undefined,
  next: Record<string, unknown>,
  ignored: Set<string>,
): string[] {
  const names = new Set([...Object.keys(previous ?? {}), ...Object.keys(next)])
  return [...names]
    .filter((name) => !alwaysIgnored.has(name) && !ignored.has(name))
    .filter((name) => JSON.stringify(comparable(previous?.[name])) !== JSON.stringify(comparable(next[name])))
    .sort()
}

const titleOf = (doc: Record<string, any>, useAsTitle?: string): string | undefined => {
  const value = useAsTitle ? doc[useAsTitle] : undefined
  return typeof value === 'string' ? value : undefined
}

export const logChange =
  (options: AuditLogOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    const ignored = new Set(options.ignoredFields ?? [])
    const changed = operation === 'create' ? undefined : changedFields(previousDoc, doc, ignored)
    if (changed && changed.length === 0) return doc
    const described = options.describe?.({ collection, doc, operation, previousDoc, req }) ?? [{ action: operation }]
    for (const { action, comment } of described) {
      await recordAuditEvent(req, {
        action,
        changedFields: changed,
        collection: collection.slug,
        comment,
        documentId: doc.id,
        title: titleOf(doc, collection.admin?.useAsTitle),
      })
    }
    return doc
  }

export const logDelete =
  (): CollectionAfterDeleteHook =>
  async ({ collection, doc, id, req }) => {
    await recordAuditEvent(req, {
      action: 'delete',
      collection: collection.slug,
      documentId: id,
      title: titleOf(doc ?? {}, collection.admin?.useAsTitle),
    })
  }
