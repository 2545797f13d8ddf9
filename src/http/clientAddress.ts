import type { RequestHandler } from 'express'

import { clientAddressHeader } from '../requests/clientAddress'

/**
 * Stamps every request with the client's address as express sees it (the connection, or a proxy
 * trusted by TRUST_PROXY), replacing whatever the client sent, for the API and the portal alike.
 */
export const stampClientAddress: RequestHandler = (req, _res, next) => {
  req.headers[clientAddressHeader] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
  next()
}
