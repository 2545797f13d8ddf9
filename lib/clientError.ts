import type { Config } from 'payload'

import { APIError } from 'payload'

import { type Bilingual, type CallerRequest, inCallersLanguage } from './callersLanguage'

/**
 * A request refused for what it asks (4xx): the caller reads why; the log notes it at `info`
 * (Payload logs a plain APIError as an error with its stack, whatever its status).
 */
export class ClientError extends APIError {
  constructor(message: string, status: 400 | 401 | 403 | 404 | 409 | 413 | 429, data?: Record<string, unknown>) {
    super(message, status, data, true)
  }
}

/** A refusal that names the field to fix, in the caller's language (the text starts with the field's name). */
export const fieldRefusal = (req: CallerRequest, field: string, text: Bilingual, status: 400 | 403 | 404 | 409 = 400): ClientError =>
  new ClientError(inCallersLanguage(req, text), status, { field })

/**
 * For Payload's `loggingLevels`: refusals are not failures of the server, and a wrong password or
 * a locked account is the caller's (an attack shows in the sign-in limit's 429s, not in a flood of
 * stack traces). Payload looks levels up by the error's name, but types the keys as its own names.
 */
export const clientErrorLogging = {
  AuthenticationError: 'info',
  ClientError: 'info',
  LockedAuth: 'info',
} as unknown as Config['loggingLevels']
