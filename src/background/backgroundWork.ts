import type { Payload } from 'payload'

import os from 'node:os'

import { type HeldLease, holdLease } from '../../plugins/leases'
import { keepsIndexInProcess, startIndexing, stopIndexing } from '../../plugins/search'
import { startWebhookWorker } from '../../plugins/webhooks'
import { workerIdleCeilingMs, workerLeaseMs } from '../env'
import { startMailWorker } from '../mail/queue'
import { startNotificationWorker } from '../notifications'
import { recordLooks } from '../observability/metrics'

/** The one lease all background work hangs on: whoever holds it indexes, mails and reconciles. */
export const backgroundWorkLease = 'background-work'

export type BackgroundWorkState = 'leading' | 'standing-by' | 'off'

export type BackgroundWork = {
  state: () => BackgroundWorkState
  stop: () => Promise<void>
}

/**
 * Asks for the background-work lease once now (and every third of its time from then on), so the
 * caller knows at once whether this process leads: only the leader fills an empty database.
 */
export async function claimBackgroundWork(payload: Payload): Promise<HeldLease> {
  let lastError = ''
  const lease = await holdLease(payload, {
    // Host and process id: a container that restarts keeps both (node runs as pid 1), so it takes
    // its lease back at once instead of waiting for its dead predecessor's to run out.
    holder: `${os.hostname()}/${process.pid}`,
    name: backgroundWorkLease,
    onError: (error) => {
      // Said once per distinct failure: a database outage would otherwise log every few seconds.
      const message = error instanceof Error ? error.message : String(error)
      if (message !== lastError) payload.logger.warn({ err: error }, 'background work: could not renew or claim the lease; trying again')
      lastError = message
    },
    ttlMs: workerLeaseMs(),
  })
  lease.onChange((held) =>
    payload.logger.info(
      held
        ? 'background work: this process now applies search index changes, tells people (notifications, mail, digests) and reconciles the index'
        : 'background work: another process holds it now; this one stands by',
    ),
  )
  return lease
}

/**
 * Starts the background work of this process, each part doing something only while the lease is
 * held: with several processes on one database exactly one works and the others stand by, ready
 * to take over when the lease runs out.
 */
export function startBackgroundWork(payload: Payload, lease: HeldLease): BackgroundWork {
  payload.logger.info(
    lease.isHeld()
      ? 'background work: this process applies search index changes, tells people (notifications, mail, digests) and reconciles the index'
      : 'background work: another process holds it; this one stands by and takes over if that one stops',
  )
  if (!lease.isHeld() && keepsIndexInProcess(payload))
    payload.logger.warn(
      'search: the embedded index of this process follows changes only while it holds the background work; run one instance, or Meilisearch (MEILI_HOST) for several',
    )
  startIndexing(payload, { mayWork: lease.isHeld })
  const idleCeilingMs = workerIdleCeilingMs()
  const worker = (name: string) => ({ idleCeilingMs, mayWork: lease.isHeld, onLook: recordLooks(name) })
  const stopMail = startMailWorker(payload, worker('mail'))
  const stopNotifications = startNotificationWorker(payload, worker('notifications'))
  const stopWebhooks = startWebhookWorker(payload, worker('webhooks'))
  return {
    state: () => (lease.isHeld() ? 'leading' : 'standing-by'),
    stop: async () => {
      await stopIndexing(payload)
      await stopNotifications()
      await stopWebhooks()
      await stopMail()
      await lease.stop()
    },
  }
}
