import type { RequestHandler } from 'express'
import type { Logger } from 'pino'

import { randomUUID } from 'node:crypto'

declare module 'express-serve-static-core' {
  interface Request {
    id: string
    log: Logger
  }
}

const validRequestId = /^[\w.:-]{1,100}$/

/** Gives every request an id (kept from a proxy's X-Request-Id) and writes one JSON log line. */
export const requestContext =
  (logger: Logger): RequestHandler =>
  (req, res, next) => {
    const incoming = req.get('x-request-id')
    req.id = incoming && validRequestId.test(incoming) ? incoming : randomUUID()
    req.log = logger.child({ reqId: req.id })
    res.setHeader('X-Request-Id', req.id)
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const quiet = req.path.startsWith('/_next/') || req.path === '/api/health'
      req.log[quiet ? 'debug' : 'info'](
        {
          method: req.method,
          ms: Math.round(ms * 10) / 10,
          path: req.path,
          status: res.statusCode,
        },
        'request',
      )
    })
    next()
  }
