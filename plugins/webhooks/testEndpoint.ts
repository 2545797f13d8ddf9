import type { Endpoint } from 'payload'

import type { SanitizedWebhooksOptions } from './types'

import { inCallersLanguage } from '../../lib/callersLanguage'
import { guardedEndpoint } from '../../lib/endpointAccess'
import { attemptDelivery } from './attempt'
import { deliveriesSlug, webhooksSlug } from './slugs'

const notFound = { en: 'There is no webhook with this id.', nl: 'Er is geen webhook met dit id.' }

/**
 * `POST /api/webhooks/:id/test`: sends a signed `test` delivery now and answers how the receiver
 * took it, so an admin sees at once whether the address and the secret work. Logged like any
 * other delivery; not retried.
 */
export const testEndpoint = (options: SanitizedWebhooksOptions): Endpoint =>
  guardedEndpoint({
    handler: async (req) => {
      const { payload } = req
      const id = String(req.routeParams?.id ?? '')
      const webhook = id
        ? await payload.findByID({ collection: webhooksSlug as never, depth: 0, disableErrors: true, id, overrideAccess: true })
        : null
      if (!webhook) return Response.json({ errors: [{ message: inCallersLanguage(req, notFound), path: 'id' }] }, { status: 404 })
      const deliveryId = crypto.randomUUID()
      const delivery = await payload.create({
        collection: deliveriesSlug as never,
        data: {
          attempts: 0,
          deliveryId,
          event: 'test',
          key: `test:${deliveryId}`,
          payload: { id: deliveryId, collection: null, event: 'test', item: null, occurredAt: new Date().toISOString() },
          status: 'queued',
          webhook: (webhook as { id: unknown }).id,
        } as never,
        depth: 0,
        overrideAccess: true,
      })
      const logId = String((delivery as { id: unknown }).id)
      await attemptDelivery(payload, options, logId, { retries: false })
      const logged = await payload.findByID({ collection: deliveriesSlug as never, depth: 0, id: logId, overrideAccess: true })
      const { attempts, durationMs, error, responseCode, status } = logged as unknown as Record<string, unknown>
      return Response.json({ attempts, delivery: logId, durationMs, error, responseCode, status })
    },
    method: 'post',
    path: '/:id/test',
    refusal: options.testEndpoint.refusal,
    rule: options.testEndpoint.rule,
  })
