import type { Payload } from 'payload'

import { notificationsQueue } from './events'
import { scheduledQueue } from './tasks'

const scheduleEveryMs = 60_000

/**
 * Tells people about events once their writes are committed (every `intervalMs`), and once a
 * minute queues and runs what is due on the schedule (digests, the review-by scan), while
 * `mayWork` allows: only the process holding the background work does it.
 */
export function startNotificationWorker(
  payload: Payload,
  { intervalMs = 1000, mayWork }: { intervalMs?: number; mayWork: () => boolean },
): () => Promise<void> {
  let running: Promise<unknown> | undefined
  let lastScheduled = 0
  const work = async () => {
    await payload.jobs.run({ limit: 20, overrideAccess: true, queue: notificationsQueue, silent: true })
    if (Date.now() - lastScheduled < scheduleEveryMs) return
    lastScheduled = Date.now()
    await payload.jobs.handleSchedules({ queue: scheduledQueue })
    await payload.jobs.run({ limit: 1, overrideAccess: true, queue: scheduledQueue, silent: true })
  }
  const timer = setInterval(() => {
    if (running || !mayWork()) return
    running = work()
      .catch((error: unknown) => payload.logger.warn({ err: error }, 'notifications: run failed, will retry'))
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
