type Json = Record<string, unknown>

/** The one error shape of the API: Payload's, which the host and every custom endpoint answer too. */
export const errorSchema: Json = {
  properties: {
    errors: {
      items: {
        properties: {
          data: { description: 'For a refused write: the fields that failed, each with `path` and `message`.', type: 'object' },
          field: { description: 'The field the problem is in.', type: 'string' },
          message: { description: 'What went wrong and what to do about it: Dutch, English with `Accept-Language: en`.', type: 'string' },
          parameter: { description: 'The query parameter the problem is in.', type: 'string' },
          parameters: {
            description: 'The query parameters the problem is in, where it is in several.',
            items: { type: 'string' },
            type: 'array',
          },
          requestId: { description: 'On a 500: the id to give the administrators.', type: 'string' },
        },
        required: ['message'],
        type: 'object',
      },
      minItems: 1,
      type: 'array',
    },
  },
  required: ['errors'],
  type: 'object',
}

const refusal = (description: string, headers?: Json): Json => ({
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  description,
  ...(headers ? { headers } : {}),
})

/** Reusable error responses (`#/components/responses/<name>`), by status. */
export const errorResponses: Record<string, Json> = {
  BadRequest: refusal(
    'The request is not valid: a parameter or field is missing, misshapen or out of range (named in `parameter` or `field`).',
  ),
  Forbidden: refusal('Signed in, but this account (or this read-only API key) may not do this.'),
  NotFound: refusal('Nothing here that the caller may read: unknown, or not visible to them.'),
  PayloadTooLarge: refusal('The request body is larger than the server accepts.'),
  ServiceUnavailable: refusal('The server is starting, stopping or a service it needs is down; try again shortly.'),
  TooManyRequests: refusal(
    'The caller spent its budget for this minute (or too many sign-in attempts); wait the seconds in `Retry-After`.',
    {
      'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } },
    },
  ),
  Unauthorized: refusal('Nobody is signed in and this needs someone who is, or the credential sent is unknown, revoked or expired.'),
  Unprocessable: refusal('The request is well-formed but cannot be carried out in the item’s current state.'),
}

/** The refusals every operation can answer; writes can also be too large. */
export function commonRefusals(method: string, hasId: boolean): Record<string, Json> {
  const ref = (name: string) => ({ $ref: `#/components/responses/${name}` })
  return {
    400: ref('BadRequest'),
    401: ref('Unauthorized'),
    403: ref('Forbidden'),
    ...(hasId ? { 404: ref('NotFound') } : {}),
    ...(['post', 'patch', 'put'].includes(method) ? { 413: ref('PayloadTooLarge') } : {}),
    429: ref('TooManyRequests'),
    503: ref('ServiceUnavailable'),
  }
}
