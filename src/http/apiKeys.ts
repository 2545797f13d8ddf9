import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import type { ApiKeysOptions } from '../../plugins/api-keys'

import { checkKey, keyInHeader, refusalFor } from '../../plugins/api-keys'
import { isMeilisearchApiPath, meilisearchErrorBody } from '../../plugins/search'
import { sendError } from './errors'

/**
 * A request with an API key that is unknown, revoked or expired gets a 401 that says so. Payload
 * would serve it as anonymous, and a partner system with a wrong key would never notice that it
 * sees only public items.
 */
export const refuseUnusableKeys =
  (payload: Payload, options: Pick<ApiKeysOptions, 'slug'>): RequestHandler =>
  async (req, res, next) => {
    const key = keyInHeader(req.get('authorization'))
    if (!key) return next()
    try {
      // Only checked here; the sign-in that follows records the use.
      const check = await checkKey(payload, options as ApiKeysOptions, key, { recordUse: false })
      if (check.ok) return next()
      res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"')
      // Meilisearch clients read their own error shape: an unusable key is its `invalid_api_key`.
      if (isMeilisearchApiPath(req.path)) res.status(401).json(meilisearchErrorBody('invalid_api_key', refusalFor(check.reason), 'auth'))
      else sendError(res, 401, refusalFor(check.reason))
    } catch (error) {
      next(error)
    }
  }
