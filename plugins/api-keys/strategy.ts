import type { AuthStrategy, CollectionMeHook, CollectionSlug } from 'payload'

import type { ApiKeysOptions, KeyOnUser } from './types'

import { checkKey } from './check'
import { keyInHeader } from './keys'

export const apiKeyStrategyName = 'api-key'

/**
 * Signs a request in as the account a valid key belongs to, with the key's name and scope on the
 * user (`user.apiKey`), so access rules can tell a read-only key from its account. An unknown,
 * revoked or expired key signs nobody in; the host answers it with a 401 before it gets here.
 */
export const apiKeyStrategy = (options: ApiKeysOptions): AuthStrategy => ({
  authenticate: async ({ headers, payload }) => {
    const key = keyInHeader(headers.get('authorization'))
    if (!key) return { user: null }
    const check = await checkKey(payload, options, key)
    if (!check.ok) return { user: null }
    const account = await payload.findByID({
      collection: options.authCollection as CollectionSlug,
      depth: 0,
      disableErrors: true,
      id: check.userId,
      overrideAccess: true,
    })
    if (!account) return { user: null }
    const apiKey: KeyOnUser = {
      id: check.keyId,
      name: String(check.stored?.name ?? ''),
      expiresAt: check.stored?.expiresAt ?? null,
      scope: check.stored?.scope === 'read-write' ? 'read-write' : 'read',
    }
    return {
      user: {
        ...(account as unknown as Record<string, unknown>),
        _strategy: apiKeyStrategyName,
        apiKey,
        collection: options.authCollection,
      } as never,
    }
  },
  name: apiKeyStrategyName,
})

/**
 * `/api/<accounts>/me` for a key: Payload would read the Bearer key as a JWT to tell when it
 * expires and fail on it. A key has no such expiry; its account is the answer.
 */
export const meWithKey: CollectionMeHook = ({ args, user }) => {
  if ((user as { _strategy?: string } | null)?._strategy !== apiKeyStrategyName) return undefined
  const expiresAt = (args.req.user as { apiKey?: KeyOnUser } | null)?.apiKey?.expiresAt
  // A key without an expiry date has no `exp`; Payload's type expects the one of a session.
  return { exp: (expiresAt ? Math.floor(Date.parse(expiresAt) / 1000) : undefined) as number, user }
}
