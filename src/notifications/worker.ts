import type { Payload } from 'payload'

import { type Look, startPoller } from '../../lib/poller'
import { notificationsQueue, notificationWorkers } from './events'
import { scheduledQueues } from './tasks'

const scheduleEveryMs = 60_000

export type NotificationWorkerOptions = {
  /** The wait after a look that found events to tell. @default 1000 */
  intervalMs?: number
  /** The longest wait between looks while there is nothing to tell. @default intervalMs */
  idleCeilingMs?: number
  /** Asked before every look: false while another process does the background work. */
  mayWork: () => boolean
  onLook?: (look: Look) => void
}

/**
 * Tells people about events once their writes are committed (at once after a commit in this
 * process, otherwise every `intervalMs` while there are events and less and less often, up to
 * `idleCeilingMs`, while there are none), and, on a timer of its own so a long digest never
 * holds notifications up, queues and runs once a minute what is due on the schedule (digests,
 * the review-by scan), while `mayWork` allows: only the process holding the background work does it.
 */
export function startNotificationWorker(
  payload: Payload,
  { idleCeilingMs, intervalMs = 1000, mayWork, onLook }: NotificationWorkerOptions,
): () => Promise<void> {
  const onError = (error: unknown) => payload.logger.warn({ err: error }, 'notifications: run failed, will retry')
  const telling = startPoller({
    idleCeilingMs,
    intervalMs,
    look: async () => {
      const { noJobsRemaining } = await payload.jobs.run({ limit: 20, overrideAccess: true, queue: notificationsQueue, silent: true })
      return noJobsRemaining !== true
    },
    mayWork,
    onError,
    onLook,
  })
  notificationWorkers.hold(payload, telling)
  const scheduling = startPoller({
    intervalMs: scheduleEveryMs,
    look: async () => {
      // One queue at a time: each call reads Payload's record of the last runs afresh.
      for (const queue of Object.values(scheduledQueues)) {
        await payload.jobs.handleSchedules({ queue })
        await payload.jobs.run({ limit: 1, overrideAccess: true, queue, silent: true })
      }
      return true
    },
    mayWork,
    onError,
  })
  return async () => {
    notificationWorkers.release(payload)
    await Promise.all([telling.stop(), scheduling.stop()])
  }
}
