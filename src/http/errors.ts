import type { ErrorRequestHandler, Response } from 'express'

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
    sendError(res, 413, `${error.message} Send a smaller request.`)
    return
  }
  req.log?.error({ err: error }, 'unhandled error')
  sendError(res, 500, 'Something went wrong on our side. Try again; if it keeps happening, give the request id to the administrators.', {
    requestId: req.id,
  })
}
