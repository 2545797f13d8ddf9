import type { Request } from 'express'

/** Longer than a password-reset request ever takes here, so every answer takes exactly this long. */
const resetAnswerMs = 400

/**
 * A password-reset request for a known address writes a token and queues a mail; for an unknown
 * address it does nothing. Both answer after the same time, so timing does not tell which
 * accounts exist (sign-ins are evened out by the sign-in-limit plugin).
 */
export function sameTimeForAccountQuestions(req: Request, body?: Buffer): number {
  if (req.method === 'POST' && req.path === '/api/users/forgot-password') return resetAnswerMs
  if (req.path === '/api/graphql' && body?.includes('forgotPassword')) return resetAnswerMs
  return 0
}
