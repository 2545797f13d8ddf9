import type { CollectionBeforeOperationHook } from 'payload'

import type { SignInLimitOptions } from './types'

import { ClientError } from '../../lib/clientError'
import { FixedWindowLimiter } from '../../lib/fixedWindowLimiter'

/**
 * Slows password guessing from one address across many accounts, over REST and GraphQL alike;
 * guessing one account's password is stopped by the account lockout (`auth.maxLoginAttempts`).
 */
export const limitSignInAttempts = ({
  attemptsPerWindow,
  clientKeyOf,
  resetMailsPerAddress,
  windowMs,
}: SignInLimitOptions): CollectionBeforeOperationHook => {
  const limiter = new FixedWindowLimiter(attemptsPerWindow, windowMs)
  // Per e-mail address as typed, known or not: so a mailbox cannot be flooded with reset mails,
  // and the limit says nothing about which accounts exist.
  const resetsPerAddress = new FixedWindowLimiter(resetMailsPerAddress, windowMs)
  return ({ args, operation, req }) => {
    if (operation !== 'login' && operation !== 'forgotPassword') return args
    const now = Date.now()
    let result = limiter.attempt(clientKeyOf(req), now)
    if (result.allowed && operation === 'forgotPassword') {
      const email = (args as { data?: { email?: unknown } }).data?.email
      result = resetsPerAddress.attempt(
        String(email ?? '')
          .toLowerCase()
          .trim(),
        now,
      )
    }
    if (result.allowed) return args
    const minutes = Math.ceil(result.retryAfterMs / 60_000)
    throw new ClientError(
      `Too many sign-in attempts from your network. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or ask an administrator to reset your password.`,
      429,
    )
  }
}
