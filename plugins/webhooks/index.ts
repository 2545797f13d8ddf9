import type { CollectionConfig, Config } from 'payload'

import type { SanitizedWebhooksOptions, WebhooksOptions } from './types'

import { deleteWebhooksOfOwner } from './cleanup'
import { deliveriesCollection, webhooksCollection } from './collections'
import { queueAfterChange, queueAfterDelete } from './queue'
import { deliverTask, fanOutTask } from './tasks'

export type { DeliveryEvent, ItemWrite, WebhookEvent, WebhooksOptions } from './types'
export { webhookEvents } from './types'
export { signatureHeader } from './signature'
export { startWebhookWorker } from './worker'

const sanitize = (options: WebhooksOptions): SanitizedWebhooksOptions => ({
  allowPrivateHosts: false,
  attempts: 8,
  retryDelayMs: 2000,
  timeoutMs: 10_000,
  ...options,
})

const withDeliveryHooks = (collection: CollectionConfig, options: SanitizedWebhooksOptions): CollectionConfig => {
  if (collection.slug === options.userCollection) {
    return {
      ...collection,
      hooks: { ...collection.hooks, beforeDelete: [...(collection.hooks?.beforeDelete ?? []), deleteWebhooksOfOwner] },
    }
  }
  if (!options.collections.includes(collection.slug)) return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), queueAfterChange(options)],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), queueAfterDelete(options)],
    },
  }
}

/**
 * Webhooks for partner systems: admins register an address, the events and collections it wants
 * and an owner whose read access applies; each publish, change, unpublish (and delete) of an item
 * is queued in the write's transaction and delivered after commit as a signed POST, retried with
 * back-off and logged. Run the deliveries with `startWebhookWorker`.
 */
export const webhooks =
  (options: WebhooksOptions) =>
  (config: Config): Config => {
    const sanitized = sanitize(options)
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) => withDeliveryHooks(collection, sanitized)),
        webhooksCollection(sanitized),
        deliveriesCollection(sanitized),
      ],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), fanOutTask(sanitized), deliverTask(sanitized)] },
    }
  }
