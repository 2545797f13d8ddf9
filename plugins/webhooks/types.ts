import type { Access, FieldAccess, PayloadRequest } from 'payload'

import type { EndpointRule, RefusalFor } from '../../lib/endpointAccess'

/** What happened to an item, as a partner system is told. */
export const webhookEvents = ['published', 'changed', 'unpublished', 'deleted'] as const
export type WebhookEvent = (typeof webhookEvents)[number]

/** What a delivery is about: an item's event, or the admin's "send test". */
export type DeliveryEvent = WebhookEvent | 'test'

type CollectionAccess = { create: Access; read: Access; update: Access; delete: Access; unlock: Access }

export type ItemWrite = {
  req: PayloadRequest
  collection: string
  operation: 'create' | 'update'
  doc: Record<string, any>
  previousDoc?: Record<string, any>
}

export type WebhooksOptions = {
  /** The collections whose items partner systems may be told about. */
  collections: readonly string[]
  /** The accounts a webhook's owner is one of: the owner's read access applies to every delivery. */
  userCollection: string
  /** What a write did to a live item, if anything a partner system hears of (the workflow knows). */
  eventOf: (write: ItemWrite) => WebhookEvent | undefined
  /**
   * The item as `user` reads it over the API (its live version, depth 0, field rules applied), or
   * undefined when they may not read it.
   */
  readAs: (
    req: PayloadRequest,
    user: Record<string, unknown>,
    collection: string,
    id: string,
  ) => Promise<Record<string, unknown> | undefined>
  /** Whether `user` could read the item while it was live: an unpublish is told only to those. */
  couldReadLive: (user: Record<string, unknown>, item: Record<string, unknown>) => boolean
  /** What `couldReadLive` needs of an item (who it is shared with), kept with an unpublish or delete until it is told. */
  audienceOf: (item: Record<string, any>) => Record<string, unknown>
  /** Deliver to loopback, private and link-local addresses too (development, tests, intranets). @default false */
  allowPrivateHosts?: boolean
  /** Who may set webhooks up, and read the delivery log. */
  access: { webhooks: CollectionAccess; deliveries: CollectionAccess }
  /** Who reads a webhook's secret (only the system writes it), and the fields only the system writes. */
  fields: { secret: FieldAccess; systemOnly: FieldAccess }
  /** Who may send a test delivery (`POST /api/webhooks/:id/test`), and what others are told. */
  testEndpoint: { rule: EndpointRule; refusal: RefusalFor }
  /** Admin component (import-map path) with the "send test" button on a webhook's edit view. */
  testButton?: string
  /** How long a receiver has to answer. @default 10000 */
  timeoutMs?: number
  /** Attempts before a delivery is given up (back-off doubles from `retryDelayMs`). @default 8 */
  attempts?: number
  /** The first retry's delay. @default 2000 */
  retryDelayMs?: number
}

export type SanitizedWebhooksOptions = Required<Omit<WebhooksOptions, 'testButton'>> & Pick<WebhooksOptions, 'testButton'>
