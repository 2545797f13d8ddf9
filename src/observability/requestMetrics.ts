import type { RequestHandler } from 'express'

import { metrics } from './metrics'
import { routeLabel } from './routeLabel'

/** Counts every answered request and how long it took, by method, route and status. */
export const requestMetrics: RequestHandler = (req, res, next) => {
  const started = process.hrtime.bigint()
  res.on('finish', () => {
    const route = res.statusCode === 404 ? '(not found)' : routeLabel(req.path)
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) })
    metrics.httpDuration.observe({ method: req.method, route }, seconds)
    if (res.statusCode >= 500) metrics.httpErrors.inc({ route })
  })
  next()
}
