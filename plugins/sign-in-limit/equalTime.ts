import type { CollectionBeforeOperationHook } from 'payload'

import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

/** The cost of Payload 3.90's current password hash (`pbkdf2-sha256-v1`): checking a password costs this. */
const iterations = 600_000
const keyLength = 32

/**
 * Payload answers a sign-in with an unknown e-mail address at once, and one with a known address
 * only after checking the password (~0.2 s): the time told which accounts exist. For an unknown
 * address this checks the password against a throwaway hash of the same cost first. The hash runs
 * on libuv's thread pool, so the event loop stays free.
 */
export const equalTimeForUnknownAccounts: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  if (!email || !password) return args
  const known = await req.payload.db.findOne({ collection: collection.slug, req, where: { email: { equals: email } } })
  if (!known) await derive(password, await promisify(randomBytes)(32), iterations, keyLength, 'sha256')
  return args
}
