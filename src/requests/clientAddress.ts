import type { PayloadRequest } from 'payload'

/** Set by the host from the connection (or a trusted proxy); a client's own value is replaced. */
export const clientAddressHeader = 'x-weerbaar-client-address'

/** The client's address as the host saw it (see `stampClientAddress`). */
export const clientAddressOf = (req: Pick<PayloadRequest, 'headers'>): string => req.headers?.get(clientAddressHeader) ?? 'unknown'
