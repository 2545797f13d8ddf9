import type { Payload } from 'payload'

import { engineOf } from '../registry'
import { searchQueue } from './indexItemTask'
import { endOutage, outageOf } from './outage'

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
  /** Asked before every run: false while another process does the background work. */
  mayWork: () => boolean
  /** Called each time this process starts doing the work (at once, or when it takes over). */
  onStartWorking?: () => void
}

/**
 * Applies queued index changes in the order they were made, while `mayWork` allows. While the
 * engine is unreachable it only asks the engine's health each tick; when the engine answers, every
 * waiting change runs at once, so the index catches up within a tick or two. Returns a function
 * that stops it and waits for a run in progress.
 */
export function startWorker(payload: Payload, { intervalMs, mayWork, onStartWorking }: WorkerOptions): () => Promise<void> {
  let running: Promise<unknown> | undefined
  let working = false
  const applyQueue = async () => {
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
      if (!health.ok) return
      endOutage(payload)
      payload.logger.info(
        { downForSeconds: Math.round((Date.now() - outage.since.getTime()) / 1000) },
        'search engine is back: applying the queued index changes',
      )
      await makeWaitingChangesDue(payload)
    }
    await payload.jobs.run({ limit: 100, overrideAccess: true, queue: searchQueue, sequential: true, silent: true })
    const started = outageOf(payload)
    if (started && !outage)
      payload.logger.warn({ reason: started.reason }, 'search engine unreachable: index changes wait in the queue until it answers again')
  }
  const tick = () => {
    if (running) return
    if (!mayWork()) {
      working = false
      return
    }
    running = applyQueue()
      .catch((error: unknown) => payload.logger.warn({ err: error }, 'search worker: run failed, will retry'))
      .finally(() => {
        running = undefined
      })
  }
  tick()
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await running
  }
}
