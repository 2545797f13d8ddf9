import type { CollectionSlug, PayloadRequest } from 'payload'

import type { AuditEvent } from './types'

type Actor = { id?: number | string; email?: unknown; organisation?: unknown }

function organisationIdOf(actor: Actor | null | undefined): string | undefined {
  const organisation = actor?.organisation
  if (organisation === null || organisation === undefined) return undefined
  return String(typeof organisation === 'object' ? (organisation as { id: unknown }).id : organisation)
}

/**
 * Writes one entry with the request's user, in the request's transaction: an entry exists
 * exactly when the change it describes was committed. Exports (and other reads worth recording)
 * call this directly.
 */
export async function recordAuditEvent(req: PayloadRequest, event: AuditEvent) {
  const slug = (req.payload.config.custom?.auditLogSlug as CollectionSlug | undefined) ?? 'audit-log'
  const actor = req.user as Actor | null
  await req.payload.create({
    collection: slug,
    data: {
      action: event.action,
      changedFields: event.changedFields ?? null,
      collection: event.collection,
      comment: event.comment ?? null,
      documentId: event.documentId === undefined ? null : String(event.documentId),
      organisation: organisationIdOf(actor) ?? null,
      requestId: req.headers?.get?.('x-request-id') ?? null,
      title: event.title?.slice(0, 300) ?? null,
      user: actor?.id ?? null,
      userEmail: typeof actor?.email === 'string' ? actor.email : null,
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
}
