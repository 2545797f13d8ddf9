import type { Config } from 'payload'

import type { SignInLimitOptions } from './types'

import { equalTimeForUnknownAccounts } from './equalTime'
import { limitSignInAttempts } from './limitSignInAttempts'

export type { SignInLimitOptions }

/**
 * Caps sign-in and password-reset attempts per client and reset mails per address, counted in
 * this process, and makes a sign-in with an unknown address take as long as one with a known.
 */
export const signInLimit =
  (options: SignInLimitOptions) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === options.collection
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeOperation: [limitSignInAttempts(options), equalTimeForUnknownAccounts, ...(collection.hooks?.beforeOperation ?? [])],
            },
          }
        : collection,
    ),
  })
