import type { Payload } from 'payload'

import { searchQueue } from './indexItemTask'

/**
 * Applies queued index changes in the order they were made. Returns a function that stops it
 * and waits for a run in progress.
 */
export function startWorker(payload: Payload, intervalMs: number): () => Promise<void> {
  let running: Promise<unknown> | undefined
  const tick = () => {
    if (running) return
    running = payload.jobs
      .run({ limit: 100, overrideAccess: true, queue: searchQueue, sequential: true, silent: true })
      .catch((error: unknown) => payload.logger.warn({ err: error }, 'search worker: run failed, will retry'))
      .finally(() => {
        running = undefined
      })
  }
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await running
  }
}
