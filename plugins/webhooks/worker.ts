import type { Payload } from 'payload'

import { everyInterval } from '../../lib/everyInterval'
import { webhooksQueue } from './queue'

/**
 * Delivers queued webhooks every `intervalMs`, one run at a time, while `mayWork` allows (another
 * process may hold the background work). Returns a function that stops it.
 */
export function startWebhookWorker(
  payload: Payload,
  { intervalMs = 1000, mayWork }: { intervalMs?: number; mayWork: () => boolean },
): () => Promise<void> {
  return everyInterval(
    intervalMs,
    mayWork,
    () => payload.jobs.run({ limit: 20, overrideAccess: true, queue: webhooksQueue, silent: true }),
    (error) => payload.logger.warn({ err: error }, 'webhooks: run failed, will retry'),
  )
}
