import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { loginAttemptsPerWindow, loginAttemptWindowMs } from '../../../src/env'
import { clientAddressOf } from '../../../src/http/clientAddress'
import { FixedWindowLimiter } from '../../../src/security/fixedWindowLimiter'

const limiter = new FixedWindowLimiter(loginAttemptsPerWindow(), loginAttemptWindowMs)

/**
 * Slows password guessing from one address across many accounts, over REST and GraphQL alike;
 * guessing one account's password is stopped by the account lockout (5 failures, 15 minutes).
 */
export const limitSignInAttempts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const result = limiter.attempt(clientAddressOf(req))
  if (result.allowed) return args
  const minutes = Math.ceil(result.retryAfterMs / 60_000)
  throw new APIError(
    `Too many sign-in attempts from your network. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or ask an administrator to reset your password.`,
    429,
    undefined,
    true,
  )
}
