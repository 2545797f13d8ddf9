import type { Request as ExpressRequest } from 'express'

import { createHash } from 'node:crypto'

import { FixedWindowLimiter } from '../../lib/fixedWindowLimiter'

const windowMs = 60_000
/** Many people of one municipality share its address: an address gets this many clients' budgets. */
const clientsPerAddress = 4

/** Who is asking, as far as the host can tell without signing in: the credential sent, else the address. */
function credentialOf(req: ExpressRequest): string | undefined {
  const authorization = req.get('authorization')
  const cookie = /(?:^|;\s*)weerbaar-token=([^;]+)/.exec(req.get('cookie') ?? '')?.[1]
  const credential = authorization ?? cookie
  return credential ? createHash('sha256').update(credential).digest('hex').slice(0, 24) : undefined
}

/**
 * What each client may spend on the API per minute, in the cost units of GraphQL and REST reads
 * (see `graphql/cost.ts` and `queryGuard.ts`): by its credential when it sends one, by its address
 * otherwise. The address has a budget of its own as well, so inventing credentials buys nothing.
 */
export class RequestBudget {
  private readonly byClient: FixedWindowLimiter
  private readonly byAddress: FixedWindowLimiter

  constructor(readonly perMinute: number) {
    this.byClient = new FixedWindowLimiter(perMinute, windowMs)
    this.byAddress = new FixedWindowLimiter(perMinute * clientsPerAddress, windowMs)
  }

  /**
   * Spends `cost` for this request's client; says what is left of its own budget (for the
   * `RateLimit-*` headers), or how many seconds to wait when it or its address is used up.
   */
  spend(
    req: ExpressRequest,
    cost: number,
  ): { allowed: true; limit: number; remaining: number; resetSeconds: number } | { allowed: false; retryAfterSeconds: number } {
    const now = Date.now()
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown'
    const credential = credentialOf(req)
    const byAddress = this.byAddress.attempt(`address:${address}`, now, cost)
    const byClient = this.byClient.attempt(credential ? `credential:${credential}` : `address:${address}`, now, cost)
    if (!byAddress.allowed || !byClient.allowed) {
      const waitMs = Math.max(...[byAddress, byClient].map((result) => (result.allowed ? 0 : result.retryAfterMs)))
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
    }
    return { allowed: true, limit: this.perMinute, remaining: byClient.remaining, resetSeconds: Math.ceil(byClient.resetMs / 1000) }
  }
}
