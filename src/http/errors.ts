import type { ErrorRequestHandler, Response } from 'express'

import { afterDraining } from './drain'
import { BodyTooLargeError } from './webBridge'

/** Every error the host answers itself has Payload's shape: `{ errors: [{ message, ... }] }`. */
export function sendError(res: Response, status: number, message: string, extra: Record<string, unknown> = {}): void {
  if (res.headersSent) {
    res.end()
    return
  }
  res.status(status).json({ errors: [{ message, ...extra }] })
}

export const handleUnexpectedError: ErrorRequestHandler = (error, req, res, _next) => {
  if (error instanceof BodyTooLargeError) {
    if (!res.headersSent) res.setHeader('Connection', 'close')
    afterDraining(req, () => sendError(res, 413, `${error.message} Send a smaller request.`))
    return
  }
  // Express's own refusals (an address that is not valid percent-encoding) carry their 4xx status.
  const status = (error as { status?: unknown })?.status
  if (typeof status === 'number' && status >= 400 && status < 500) {
    sendError(
      res,
      status,
      status === 400 ? 'The address of this request is not valid (check its percent-encoding).' : 'This request cannot be answered.',
    )
    return
  }
  req.log?.error({ err: error }, 'unhandled error')
  sendError(res, 500, 'Something went wrong on our side. Try again; if it keeps happening, give the request id to the administrators.', {
    requestId: req.id,
  })
}
