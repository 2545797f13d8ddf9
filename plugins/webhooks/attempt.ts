import type { Payload } from 'payload'

import type { SanitizedWebhooksOptions } from './types'

import { deliveriesSlug, webhooksSlug } from './slugs'
import { postDelivery } from './send'
import { signatureHeader } from './signature'

export type DeliveryStatus = 'delivered' | 'retrying' | 'failed'

type Delivery = { id: string | number; webhook: unknown; event: string; status: string; attempts?: number | null; payload: unknown }
type Webhook = { url: string; secret: string; active?: boolean | null }

const idOf = (value: unknown) => String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/** When the job queue will try again: as its exponential back-off reckons (`delay × 2^(attempts - 1)`). */
const nextAttemptAt = (options: SanitizedWebhooksOptions, attempts: number) =>
  new Date(Date.now() + options.retryDelayMs * 2 ** (attempts - 1)).toISOString()

/**
 * Makes one attempt at a delivery and records it in the log: the status, the receiver's answer,
 * how long it took and what went wrong. A delivery already delivered or given up is left alone,
 * so a job run twice sends nothing twice. `retries: false` (a test send) gives up after one try.
 */
export async function attemptDelivery(
  payload: Payload,
  options: SanitizedWebhooksOptions,
  deliveryId: string,
  { retries = true }: { retries?: boolean } = {},
): Promise<DeliveryStatus> {
  const delivery = (await payload.findByID({
    collection: deliveriesSlug as never,
    depth: 0,
    disableErrors: true,
    id: deliveryId,
    overrideAccess: true,
  })) as Delivery | null
  if (!delivery || delivery.status === 'delivered' || delivery.status === 'failed')
    return delivery?.status === 'delivered' ? 'delivered' : 'failed'
  const webhook = (await payload.findByID({
    collection: webhooksSlug as never,
    depth: 0,
    disableErrors: true,
    id: idOf(delivery.webhook),
    overrideAccess: true,
    showHiddenFields: true,
  })) as Webhook | null
  const record = (data: Record<string, unknown>) =>
    payload.update({ collection: deliveriesSlug as never, data: data as never, depth: 0, id: deliveryId, overrideAccess: true })

  if (!webhook || (webhook.active === false && delivery.event !== 'test')) {
    await record({ error: 'The webhook was removed or switched off before delivery.', nextAttemptAt: null, status: 'failed' })
    return 'failed'
  }
  const body = JSON.stringify(delivery.payload)
  const attempt = await postDelivery(
    webhook.url,
    body,
    {
      'weerbaar-delivery': String((delivery.payload as { id?: unknown })?.id ?? deliveryId),
      'weerbaar-event': delivery.event,
      'weerbaar-signature': signatureHeader(webhook.secret, body),
    },
    { allowPrivateHosts: options.allowPrivateHosts, timeoutMs: options.timeoutMs },
  )
  const attempts = (delivery.attempts ?? 0) + 1
  const status: DeliveryStatus = attempt.ok ? 'delivered' : retries && attempts < options.attempts ? 'retrying' : 'failed'
  await record({
    attempts,
    deliveredAt: attempt.ok ? new Date().toISOString() : null,
    durationMs: attempt.durationMs,
    error: attempt.error,
    nextAttemptAt: status === 'retrying' ? nextAttemptAt(options, attempts) : null,
    responseCode: attempt.responseCode,
    status,
  })
  return status
}
