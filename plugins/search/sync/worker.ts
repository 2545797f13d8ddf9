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

/** Changes a killed process was applying when it died: Payload would leave them marked as running forever. */
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

/**
 * Applies queued index changes in the order they were made. While the engine is unreachable it
 * only asks the engine's health each tick; when the engine answers, every waiting change runs at
 * once, so the index catches up within a tick or two. Returns a function that stops it and waits
 * for a run in progress.
 */
export function startWorker(payload: Payload, intervalMs: number): () => Promise<void> {
  let running: Promise<unknown> | undefined
  const runAlone = (work: () => Promise<void>, failure: string) => {
    if (running) return
    running = work()
      .catch((error: unknown) => payload.logger.warn({ err: error }, failure))
      .finally(() => {
        running = undefined
      })
  }
  const applyQueue = async () => {
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
  // A process killed mid-run leaves its changes marked as running; every change is safe to apply twice.
  runAlone(() => releaseAbandonedChanges(payload), 'search worker: could not release changes left running by a stopped process')
  const timer = setInterval(() => runAlone(applyQueue, 'search worker: run failed, will retry'), intervalMs)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await running
  }
}
