import type { Payload, TaskConfig } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { SanitizedWebhooksOptions } from './types'

import { afterCommit } from '../../lib/afterCommit'
import { deliveriesSlug, webhooksSlug } from './slugs'
import { attemptDelivery } from './attempt'
import { type ItemEvent, deliverTaskSlug, fanOutTaskSlug, webhooksQueue } from './queue'
import { webhookWorkers } from './wake'

type Webhook = { id: string | number; owner: unknown; collections?: string[] | null; events?: string[] | null }

const idOf = (value: unknown) => String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/** The webhook's owner as a signed-in reader: the account its deliveries are read as. */
async function ownerOf(payload: Payload, options: SanitizedWebhooksOptions, webhook: Webhook) {
  const owner = await payload.findByID({
    collection: options.userCollection as never,
    depth: 0,
    disableErrors: true,
    id: idOf(webhook.owner),
    overrideAccess: true,
  })
  return owner ? { ...(owner as Record<string, unknown>), collection: options.userCollection } : undefined
}

/** What the owner gets to see: the item as they read it live, or for an item gone from view, only which one it was. */
async function itemFor(payload: Payload, options: SanitizedWebhooksOptions, owner: Record<string, unknown>, event: ItemEvent) {
  if (event.event === 'published' || event.event === 'changed') {
    return options.readAs(await createLocalReq({}, payload), owner, event.collection, event.itemId)
  }
  return event.lastSeen && options.couldReadLive(owner, event.lastSeen) ? { id: event.itemId } : undefined
}

/** One delivery and its job: both or neither, and never a second one for the same event and webhook. */
async function queueDelivery(payload: Payload, webhook: Webhook, event: ItemEvent, item: Record<string, unknown>) {
  const key = `${event.id}:${webhook.id}`
  const { totalDocs } = await payload.count({ collection: deliveriesSlug as never, overrideAccess: true, where: { key: { equals: key } } })
  if (totalDocs > 0) return
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const id = crypto.randomUUID()
    const delivery = await payload.create({
      collection: deliveriesSlug as never,
      data: {
        attempts: 0,
        collection: event.collection,
        deliveryId: id,
        event: event.event,
        itemId: event.itemId,
        key,
        payload: { id, collection: event.collection, event: event.event, item, occurredAt: event.occurredAt },
        status: 'queued',
        webhook: webhook.id,
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
    await payload.jobs.queue({
      input: { delivery: String((delivery as { id: unknown }).id) },
      queue: webhooksQueue,
      req,
      task: deliverTaskSlug,
    })
    await commitTransaction(req)
    afterCommit(req, webhookWorkers.wakerOf(payload))
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * After the write committed: every active webhook that wants this event of this collection, and
 * whose owner may read the item, gets a delivery. Safe to run again (see `queueDelivery`).
 */
export const fanOutTask = (options: SanitizedWebhooksOptions): TaskConfig<{ input: { event: ItemEvent }; output: { queued: number } }> => ({
  slug: fanOutTaskSlug,
  handler: async ({ input, req }) => {
    const { payload } = req
    const event = input.event
    const { docs } = await payload.find({
      collection: webhooksSlug as never,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      where: { active: { equals: true } },
    })
    let queued = 0
    for (const webhook of docs as unknown as Webhook[]) {
      if (!webhook.events?.includes(event.event)) continue
      if (webhook.collections?.length && !webhook.collections.includes(event.collection)) continue
      const owner = await ownerOf(payload, options, webhook)
      const item = owner ? await itemFor(payload, options, owner, event) : undefined
      if (!item) continue
      await queueDelivery(payload, webhook, event, item)
      queued++
    }
    return { output: { queued } }
  },
  inputSchema: [{ name: 'event', type: 'json', required: true }],
  outputSchema: [{ name: 'queued', type: 'number' }],
  retries: { attempts: 6, backoff: { delay: 5000, type: 'exponential' } },
})

/**
 * One delivery, attempted until the receiver answers 2xx or the attempts run out, with back-off
 * between attempts. A failed attempt throws, so the job queue tries again later; a delivery that
 * succeeded (or was given up) is never sent again, whatever the queue does.
 */
export const deliverTask = (
  options: SanitizedWebhooksOptions,
): TaskConfig<{ input: { delivery: string }; output: { status: string } }> => ({
  slug: deliverTaskSlug,
  handler: async ({ input, req }) => {
    const status = await attemptDelivery(req.payload, options, input.delivery)
    if (status === 'retrying') throw new Error(`webhook delivery ${input.delivery} failed; retrying with back-off`)
    return { output: { status } }
  },
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: { attempts: options.attempts, backoff: { delay: options.retryDelayMs, type: 'exponential' } },
})
