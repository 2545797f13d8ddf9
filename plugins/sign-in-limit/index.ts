import type { Config } from 'payload'

import type { SignInLimitOptions } from './types'

import { limitSignInAttempts } from './limitSignInAttempts'

export type { SignInLimitOptions }

/** Caps sign-in and password-reset attempts per client, counted in this process. */
export const signInLimit =
  (options: SignInLimitOptions) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === options.collection
        ? {
            ...collection,
            hooks: { ...collection.hooks, beforeOperation: [limitSignInAttempts(options), ...(collection.hooks?.beforeOperation ?? [])] },
          }
        : collection,
    ),
  })
