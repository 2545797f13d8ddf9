import type { Config } from 'payload'

import type { ApiKeysOptions } from './types'

import { apiKeysCollection } from './collection'
import { apiKeyStrategy, meWithKey } from './strategy'
import { deleteKeysOfAccount } from './cleanup'

export type { ApiKeyScope, ApiKeysOptions, KeyOnUser } from './types'
export { checkKey, refusalFor } from './check'
export { keyInHeader } from './keys'

/**
 * API keys for partner systems: a collection of named, scoped, expiring, revocable keys (only a
 * hash of each is kept), and a sign-in strategy on the account collection that accepts them as
 * `Authorization: Bearer <key>`. The host should refuse an unknown, revoked or expired key with
 * a 401 (`checkKey`, `refusalFor`): Payload itself would serve such a request as anonymous.
 */
export const apiKeys =
  (options: ApiKeysOptions) =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) =>
        collection.slug === options.authCollection && collection.auth
          ? {
              ...collection,
              hooks: {
                ...collection.hooks,
                beforeDelete: [...(collection.hooks?.beforeDelete ?? []), deleteKeysOfAccount(options)],
                me: [...(collection.hooks?.me ?? []), meWithKey],
              },
              auth: {
                ...(collection.auth === true ? {} : collection.auth),
                strategies: [...((collection.auth !== true && collection.auth.strategies) || []), apiKeyStrategy(options)],
              },
            }
          : collection,
      ),
      apiKeysCollection(options),
    ],
  })
