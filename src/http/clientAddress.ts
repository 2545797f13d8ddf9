import type { RequestHandler } from 'express'
import type { PayloadRequest } from 'payload'

/** Set by the host from the connection (or a trusted proxy); a client's own value is replaced. */
export const clientAddressHeader = 'x-weerbaar-client-address'

export const clientAddressOf = (req: Pick<PayloadRequest, 'headers'>): string =>
  req.headers?.get(clientAddressHeader) ?? 'unknown'

/**
 * Stamps every request with the client's address as express sees it (the connection, or a proxy
 * trusted by TRUST_PROXY), replacing whatever the client sent, for the API and the portal alike.
 */
export const stampClientAddress: RequestHandler = (req, _res, next) => {
  req.headers[clientAddressHeader] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
  next()
}
