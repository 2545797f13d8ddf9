import type { Payload } from 'payload'

import { everyInterval } from '../../lib/everyInterval'
import { notificationsQueue } from './events'
import { scheduledQueues } from './tasks'

const scheduleEveryMs = 60_000

/** Runs `work` every `intervalMs`, one run at a time, while `mayWork` allows. Returns a function that stops it. */
const everyIntervalFor = (payload: Payload, intervalMs: number, mayWork: () => boolean, work: () => Promise<unknown>) =>
  everyInterval(intervalMs, mayWork, work, (error) => payload.logger.warn({ err: error }, 'notifications: run failed, will retry'))

/**
 * Tells people about events once their writes are committed (every `intervalMs`), and, on a timer
 * of its own so a long digest never holds notifications up, queues and runs once a minute what is
 * due on the schedule (digests, the review-by scan), while `mayWork` allows: only the process
 * holding the background work does it.
 */
export function startNotificationWorker(
  payload: Payload,
  { intervalMs = 1000, mayWork }: { intervalMs?: number; mayWork: () => boolean },
): () => Promise<void> {
  const stopTelling = everyIntervalFor(payload, intervalMs, mayWork, () =>
    payload.jobs.run({ limit: 20, overrideAccess: true, queue: notificationsQueue, silent: true }),
  )
  const stopScheduling = everyIntervalFor(payload, scheduleEveryMs, mayWork, async () => {
    // One queue at a time: each call reads Payload's record of the last runs afresh.
    for (const queue of Object.values(scheduledQueues)) {
      await payload.jobs.handleSchedules({ queue })
      await payload.jobs.run({ limit: 1, overrideAccess: true, queue, silent: true })
    }
  })
  return async () => {
    await Promise.all([stopTelling(), stopScheduling()])
  }
}
