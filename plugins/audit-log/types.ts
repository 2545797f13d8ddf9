import type { Access, CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

export const auditActions = [
  'create',
  'update',
  'submit',
  'withdraw',
  'send-back',
  'publish',
  'unpublish',
  'delete',
  'export',
  'import',
] as const
export type AuditAction = (typeof auditActions)[number]

export type AuditEvent = {
  action: AuditAction
  collection: string
  documentId?: number | string
  title?: string
  /** Why, where the action has a reason: a review comment, a privacy override. */
  comment?: string
  /** The fields that changed; never their values, which may be personal data. */
  changedFields?: string[]
}

export type DescribeChange = (args: {
  collection: SanitizedCollectionConfig
  doc: Record<string, any>
  operation: 'create' | 'update'
  previousDoc?: Record<string, any>
  req: PayloadRequest
}) => Array<Pick<AuditEvent, 'action' | 'comment'>>

export type AuditLogOptions = {
  /** The collection that keeps the log. */
  slug?: CollectionSlug
  /** Collections not to log; Payload's own bookkeeping collections are never logged. */
  exclude?: string[]
  /** Fields the system maintains; a change to only these is not logged. */
  ignoredFields?: string[]
  /** Names what a create or update did beyond "create"/"update" (publish, submit, ...). */
  describe?: DescribeChange
  /**
   * Who may read the log, and who may write or change it through the API (nobody should: the
   * plugin writes entries itself).
   */
  access: { create: Access; read: Access; update: Access; delete: Access }
}
