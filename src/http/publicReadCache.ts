import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

import { AnswerCache, type KeptAnswer } from '../../lib/answerCache'
import { isNotModified } from '../../lib/conditionalGet'
import { metrics } from '../observability/metrics'
import { isVisitor, type PublicReadOptions, publicReads } from './publicReads'
import { sendWebResponse } from './webBridge'

/** JSON and feeds: what the public reads answer; downloads and pages are not kept. */
const keptTypes = /^application\/(?:json|atom\+xml)\b/i

/**
 * A visitor's answer may be kept by browsers and proxies but never used without asking again
 * (`no-cache`): asking again costs a 304 when nothing changed. Answers to signed-in requests and
 * keys are the caller's own and are never stored by anyone (`private, no-store`).
 */
const visitorsRevalidate = 'no-cache'
const callersOwn = 'private, no-store'

/** The request's validators as a Fetch API `Headers`, for the shared conditional-GET check. */
const validatorsOf = (req: ExpressRequest) => {
  const headers = new Headers()
  for (const name of ['if-none-match', 'if-modified-since']) {
    const value = req.get(name)
    if (value !== undefined) headers.set(name, value)
  }
  return headers
}

const gzipped = promisify(gzip)
/** Smaller answers are sent as they are, as the compression middleware does. */
const compressFrom = 1024

/**
 * The body to send and how it is encoded: compressed once per kept answer (in the thread pool,
 * off the event loop) instead of by the compression middleware on every read.
 */
async function bodyFor(req: ExpressRequest, kept: KeptAnswer): Promise<{ body: Buffer; encoding?: 'gzip' }> {
  if (kept.body.length < compressFrom || req.acceptsEncodings('gzip', 'identity') !== 'gzip') return { body: kept.body }
  kept.gzipped ??= gzipped(kept.body)
  return { body: await kept.gzipped, encoding: 'gzip' }
}

async function sendKept(req: ExpressRequest, res: ExpressResponse, kept: KeptAnswer, from: 'hit' | 'miss') {
  // Feeds and the vocabulary say themselves how long a copy may be used; everything else is asked again.
  res.setHeader('Cache-Control', visitorsRevalidate)
  for (const [name, value] of kept.headers) res.setHeader(name, value)
  res.setHeader('ETag', kept.etag)
  res.vary('Authorization').vary('Cookie').vary('Accept-Language').vary('Origin').vary('Accept-Encoding')
  res.setHeader('Weerbaar-Cache', from)
  const lastModified = Date.parse(res.getHeader('last-modified')?.toString() ?? '')
  if (
    isNotModified(validatorsOf(req), { etag: kept.etag, lastModified: Number.isNaN(lastModified) ? undefined : new Date(lastModified) })
  ) {
    res.removeHeader('content-length')
    res.removeHeader('content-type')
    res.status(304).end()
    return
  }
  const { body, encoding } = await bodyFor(req, kept)
  if (encoding) res.setHeader('Content-Encoding', encoding)
  res.removeHeader('content-length')
  res.status(kept.status).end(body)
}

export type PublicReadCacheOptions = PublicReadOptions & {
  /** The most the kept answers may take together (default 64 MiB). */
  maxBytes?: number
}

/**
 * Repeated reads by visitors (no credentials of any kind) answered from memory: the same
 * address, query, language and origin get the same bytes for as long as no commit reached the
 * database and (for search and GraphQL) the search index has not changed. Payload, the access
 * rules and the database are not asked again until then. Answers carry an ETag, and a client
 * that sends it back gets a 304.
 */
export function publicReadCache(options: PublicReadCacheOptions) {
  const reads = publicReads(options)
  const cache = new AnswerCache({
    keepable: (response) =>
      response.status === 200 && keptTypes.test(response.headers.get('content-type') ?? '') && !response.headers.has('set-cookie'),
    maxAnswerBytes: 2 * 1024 * 1024,
    maxBytes: options.maxBytes ?? 64 * 1024 * 1024,
  })
  return {
    /** Off only for measuring what the reads cost without it (`npm run bench`). */
    enabled: true,
    /**
     * Answers the request when it is a visitor's public read (true), from memory or by `make`
     * and then kept; false for every other request, which is answered as before.
     */
    async answer(
      req: ExpressRequest,
      res: ExpressResponse,
      accepted: { body?: Buffer; readOnlyGraphql?: boolean },
      make: () => Promise<Response>,
    ): Promise<boolean> {
      if (!isVisitor(req, options.config.cookiePrefix)) {
        res.setHeader('Cache-Control', callersOwn)
        return false
      }
      const lookup = this.enabled ? reads.lookup(req, accepted) : undefined
      if (!lookup) return false
      const outcome = await cache.answer(lookup, make)
      if ('made' in outcome) {
        await sendWebResponse(res, outcome.made)
      } else {
        metrics.publicReadCache.inc({ outcome: outcome.from === 'hit' ? 'hit' : 'miss' })
        await sendKept(req, res, outcome.kept, outcome.from === 'hit' ? 'hit' : 'miss')
      }
      return true
    },
  }
}

export type PublicReadCache = ReturnType<typeof publicReadCache>
