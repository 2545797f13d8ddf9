/**
 * Meilisearch's error shape, `{ message, code, type, link }`, so its clients raise their own
 * error with the right code. Codes are Meilisearch's own where one fits.
 */
export type MeilisearchErrorType = 'auth' | 'internal' | 'invalid_request' | 'system'

export class MeilisearchApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type: MeilisearchErrorType = 'invalid_request',
  ) {
    super(message)
  }
}

export const meilisearchErrorBody = (code: string, message: string, type: MeilisearchErrorType = 'invalid_request') => ({
  code,
  link: `https://docs.meilisearch.com/errors#${code}`,
  message,
  type,
})

export const meilisearchErrorResponse = (error: MeilisearchApiError, headers?: HeadersInit): Response =>
  Response.json(meilisearchErrorBody(error.code, error.message, error.type), { headers, status: error.status })

export const indexNotFound = (uid: string) => new MeilisearchApiError(404, 'index_not_found', `Index \`${uid}\` not found.`)
