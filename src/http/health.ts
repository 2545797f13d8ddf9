import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { engineOf, hasEngine } from '../../plugins/search/registry'
import { pingDatabase } from '../database/ping'
import { databaseKind } from '../env'
import { instanceIdOf } from '../../lib/instance'
import { appVersion } from '../version'

export type HealthState = {
  shuttingDown: boolean
  /** Whether this process does the background work now, stands by for it, or never does. */
  backgroundWork: () => 'leading' | 'standing-by' | 'off'
}

/**
 * Liveness for load balancers and `docker compose`: 200 when the database answers, 503 when it
 * does not or when the instance is shutting down.
 */
export const health =
  (payload: Payload, state: HealthState): RequestHandler =>
  async (req, res) => {
    const body = {
      backgroundWork: state.backgroundWork(),
      database: databaseKind(),
      instance: instanceIdOf(payload),
      search: hasEngine(payload) ? engineOf(payload).name : 'not-running',
      status: 'ok' as 'ok' | 'unavailable',
      version: appVersion(),
    }
    res.setHeader('Cache-Control', 'no-store')
    if (state.shuttingDown) {
      res.status(503).json({ ...body, reason: 'shutting down', status: 'unavailable' })
      return
    }
    try {
      await pingDatabase(payload)
      res.json(body)
    } catch (error) {
      req.log.warn({ err: error }, 'health check: database unreachable')
      res.status(503).json({ ...body, reason: 'database unreachable', status: 'unavailable' })
    }
  }

/**
 * Readiness: 503 while the database does not answer or the instance is shutting down; 200 with
 * status "degraded" while only search is unavailable, because writes still work then (their index
 * changes wait in the queue).
 */
export const readiness =
  (payload: Payload, state: HealthState): RequestHandler =>
  async (req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    const database = state.shuttingDown
      ? { detail: 'shutting down', ok: false }
      : await pingDatabase(payload).then(
          () => ({ ok: true }),
          (error: unknown) => {
            req.log.warn({ err: error }, 'readiness: database unreachable')
            return { detail: 'database unreachable', ok: false }
          },
        )
    const search = hasEngine(payload)
      ? await engineOf(payload)
          .health()
          .catch((error: unknown) => ({ detail: String(error), ok: false }))
      : { detail: 'not running in this process', ok: false }
    const status = !database.ok ? 'unavailable' : search.ok ? 'ok' : 'degraded'
    res.status(database.ok ? 200 : 503).json({ checks: { database, search }, status })
  }
