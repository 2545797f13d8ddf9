import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { timingSafeEqual } from 'node:crypto'

import { isProduction } from '../env'
import { metrics } from './metrics'

const sameToken = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))

/** Index changes not yet applied: queued search jobs that have neither finished nor failed for good. */
async function pendingIndexChanges(payload: Payload): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    overrideAccess: true,
    where: { and: [{ queue: { equals: 'search' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
  })
  return totalDocs
}

/**
 * GET /metrics in Prometheus' text format. In production it needs `Authorization: Bearer
 * <METRICS_TOKEN>`, and answers 403 saying so when no token is configured.
 */
export const metricsEndpoint =
  (payload: Payload): RequestHandler =>
  async (req, res) => {
    const token = process.env.METRICS_TOKEN
    if (isProduction || token) {
      if (!token) {
        res
          .status(403)
          .json({ errors: [{ message: 'Metrics are off: set METRICS_TOKEN and scrape with "Authorization: Bearer <token>".' }] })
        return
      }
      const given = req.get('authorization')?.replace(/^Bearer /, '') ?? ''
      if (!sameToken(given, token)) {
        res.status(401).json({ errors: [{ message: 'Send the metrics token: "Authorization: Bearer <METRICS_TOKEN>".' }] })
        return
      }
    }
    metrics.searchQueueLength.set(await pendingIndexChanges(payload))
    res.setHeader('Content-Type', metrics.registry.contentType)
    res.setHeader('Cache-Control', 'no-store')
    res.end(await metrics.registry.metrics())
  }
