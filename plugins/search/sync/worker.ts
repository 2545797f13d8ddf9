import type { Payload } from 'payload'

import { type Look, startPoller } from '../../../lib/poller'

import { engineOf } from '../registry'
import { searchQueue } from './indexItemTask'
import { endOutage, outageOf } from './outage'
import { searchWorkers } from './wake'

/** Queued changes that wait for a retry become due now: the engine they waited for is back. */
async function makeWaitingChangesDue(payload: Payload) {
  await payload.update({
    collection: 'payload-jobs',
    data: { waitUntil: null },
    depth: 0,
    overrideAccess: true,
    where: {
      and: [
        { queue: { equals: searchQueue } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { waitUntil: { exists: true } },
      ],
    },
  })
}

/**
 * Changes a process was applying when it stopped doing the background work (it died, or lost its
 * lease): Payload would leave them marked as running forever. Called only when this process
 * starts doing the work, so no other process can be applying them now; applying one twice is
 * harmless.
 */
async function releaseAbandonedChanges(payload: Payload) {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
    where: { and: [{ queue: { equals: searchQueue } }, { processing: { equals: true } }] },
  })
  if (docs.length > 0)
    payload.logger.warn({ released: docs.length }, 'search worker: picked up index changes a stopped process had left running')
}

export type WorkerOptions = {
  intervalMs: number
  /** The longest wait between looks while there is nothing to apply (see `startPoller`). */
  idleCeilingMs: number
  /** Asked before every run: false while another process does the background work. */
  mayWork: () => boolean
  /** Called each time this process starts doing the work (at once, or when it takes over). */
  onStartWorking?: () => void
  onLook?: (look: Look) => void
}

/**
 * Applies queued index changes in the order they were made, while `mayWork` allows: at once when
 * a commit in this process wakes it, and otherwise on a timer for changes other processes queue,
 * every `intervalMs` while it finds some and less and less often (up to `idleCeilingMs`) while it
 * finds none. While the engine is unreachable it only asks the engine's health, every
 * `intervalMs`; when the engine answers, every waiting change runs at once, so the index catches
 * up within a look or two. Returns a function that stops it and waits for a run in progress.
 */
export function startWorker(
  payload: Payload,
  { idleCeilingMs, intervalMs, mayWork, onLook, onStartWorking }: WorkerOptions,
): () => Promise<void> {
  let working = false
  /** Whether there was work: queued changes applied, or an outage they wait out. */
  const applyQueue = async (): Promise<boolean> => {
    if (!working) {
      await releaseAbandonedChanges(payload)
      working = true
      onStartWorking?.()
    }
    const outage = outageOf(payload)
    if (outage) {
      const health = await engineOf(payload)
        .health()
        .catch(() => ({ ok: false }))
      if (!health.ok) return true
      endOutage(payload)
      payload.logger.info(
        { downForSeconds: Math.round((Date.now() - outage.since.getTime()) / 1000) },
        'search engine is back: applying the queued index changes',
      )
      await makeWaitingChangesDue(payload)
    }
    const { noJobsRemaining } = await payload.jobs.run({
      limit: 100,
      overrideAccess: true,
      queue: searchQueue,
      sequential: true,
      silent: true,
    })
    const started = outageOf(payload)
    if (started && !outage)
      payload.logger.warn({ reason: started.reason }, 'search engine unreachable: index changes wait in the queue until it answers again')
    return noJobsRemaining !== true || Boolean(started)
  }
  const poller = startPoller({
    idleCeilingMs,
    intervalMs,
    look: applyQueue,
    lookAtStart: true,
    mayWork: () => {
      const may = mayWork()
      // When this process gets the work again, it first picks up what another left running.
      if (!may) working = false
      return may
    },
    onError: (error) => payload.logger.warn({ err: error }, 'search worker: run failed, will retry'),
    onLook,
  })
  searchWorkers.hold(payload, poller)
  return async () => {
    searchWorkers.release(payload)
    await poller.stop()
  }
}
