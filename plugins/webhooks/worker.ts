import type { Payload } from 'payload'

import { webhooksQueue } from './queue'

/**
 * Delivers queued webhooks every `intervalMs`, one run at a time, while `mayWork` allows (another
 * process may hold the background work). Returns a function that stops it.
 */
export function startWebhookWorker(
  payload: Payload,
  { intervalMs = 1000, mayWork }: { intervalMs?: number; mayWork: () => boolean },
): () => Promise<void> {
  let running: Promise<unknown> | undefined
  const timer = setInterval(() => {
    if (running || !mayWork()) return
    running = payload.jobs
      .run({ limit: 20, overrideAccess: true, queue: webhooksQueue, silent: true })
      .catch((error: unknown) => payload.logger.warn({ err: error }, 'webhooks: run failed, will retry'))
      .finally(() => {
        running = undefined
      })
  }, intervalMs)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await running
  }
}
