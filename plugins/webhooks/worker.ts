import type { Payload } from 'payload'

import { type Look, startPoller } from '../../lib/poller'
import { webhooksQueue } from './queue'
import { webhookWorkers } from './wake'

export type WebhookWorkerOptions = {
  /** The wait after a look that found deliveries to make. @default 1000 */
  intervalMs?: number
  /** The longest wait between looks while there is nothing to deliver. @default intervalMs */
  idleCeilingMs?: number
  /** Asked before every look: false while another process does the background work. */
  mayWork: () => boolean
  onLook?: (look: Look) => void
}

/**
 * Delivers queued webhooks one run at a time, while `mayWork` allows (another process may hold
 * the background work): at once after a commit in this process queued one, and otherwise every
 * `intervalMs` while there are some and less and less often (up to `idleCeilingMs`) while there
 * are none. Returns a function that stops it.
 */
export function startWebhookWorker(
  payload: Payload,
  { idleCeilingMs, intervalMs = 1000, mayWork, onLook }: WebhookWorkerOptions,
): () => Promise<void> {
  const poller = startPoller({
    idleCeilingMs,
    intervalMs,
    look: async () => {
      const { noJobsRemaining } = await payload.jobs.run({ limit: 20, overrideAccess: true, queue: webhooksQueue, silent: true })
      return noJobsRemaining !== true
    },
    mayWork,
    onError: (error) => payload.logger.warn({ err: error }, 'webhooks: run failed, will retry'),
    onLook,
  })
  webhookWorkers.hold(payload, poller)
  return async () => {
    webhookWorkers.release(payload)
    await poller.stop()
  }
}
