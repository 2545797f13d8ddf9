import type { Request as ExpressRequest } from 'express'
import type { SanitizedConfig } from 'payload'

import { createHash } from 'node:crypto'

import type { CacheLookup } from '../../lib/answerCache'

import { requestLanguage } from './requestLanguage'

/** What a visitor's read is made from: the database only, or the database and the search index. */
export type ReadSource = 'database' | 'database and search index'

/**
 * The reads whose answer to a visitor is made from committed data alone (never from the time, the
 * caller's address or anything it writes), by the rule that names them. Exports and anything a
 * visitor's read records are left out.
 */
const rootReads: Array<{ path: RegExp; source: ReadSource }> = [
  { path: /^\/api\/search$/, source: 'database and search index' },
  { path: /^\/api\/search\/indexes\/[^/]+\/search$/, source: 'database and search index' },
  { path: /^\/api\/interventions-matrix$/, source: 'database' },
  { path: /^\/api\/vocabulary$/, source: 'database' },
  { path: /^\/api\/feeds\/(?:(?:themes|organisations)\/)?[^/]+\.atom$/, source: 'database' },
]

/** `GET /api/<collection>`, `/api/<collection>/<id>`, `/api/<collection>/count`, `/api/globals/<global>`. */
const collectionRead = /^\/api\/([a-z0-9-]+)(?:\/([^/]+))?$/
const globalRead = /^\/api\/globals\/([a-z0-9-]+)$/

export type PublicReadOptions = {
  config: SanitizedConfig
  /** Changes whenever anyone commits to the database; undefined where it cannot be told (MongoDB). */
  databaseCommits: () => number | undefined
  /** Changes whenever the search index changes; undefined where the index is kept elsewhere (Meilisearch). */
  searchIndexChanges: () => string | undefined
}

/** A request that carries no credentials Payload reads: no Authorization header, no session or language cookie of ours. */
export const isVisitor = (req: ExpressRequest, cookiePrefix: string): boolean =>
  req.get('authorization') === undefined &&
  !(req.get('cookie') ?? '').split(';').some((cookie) => cookie.trim().startsWith(`${cookiePrefix}-`))

/**
 * Tells which requests are a visitor's read that the public read cache may answer, and under which
 * key and marker. Everything an answer depends on besides the data is in the key (address, body of
 * a GraphQL query, language, origin for CORS, host for links).
 */
export function publicReads({ config, databaseCommits, searchIndexChanges }: PublicReadOptions) {
  const collectionSlugs = new Set<string>(
    config.collections
      .filter((collection) => !collection.auth && !collection.slug.startsWith('payload-'))
      .map((collection) => collection.slug),
  )
  // A collection's own GET endpoints (`/api/<collection>/<name>`) are not reads of an item.
  const ownEndpoints = new Set(
    config.collections.flatMap((collection) =>
      (collection.endpoints || [])
        .filter((endpoint) => endpoint.method === 'get' && !endpoint.path.includes(':'))
        .map((endpoint) => `${collection.slug}${endpoint.path}`),
    ),
  )
  const globalSlugs = new Set<string>(config.globals.map((global) => global.slug))

  const sourceOf = (req: ExpressRequest, readOnlyGraphql: boolean): ReadSource | undefined => {
    if (req.path === '/api/graphql') return req.method === 'POST' && readOnlyGraphql ? 'database and search index' : undefined
    if (req.method !== 'GET') return undefined
    const root = rootReads.find((read) => read.path.test(req.path))
    if (root) return root.source
    const global = globalRead.exec(req.path)
    if (global) return globalSlugs.has(global[1]!) ? 'database' : undefined
    const collection = collectionRead.exec(req.path)
    if (!collection || !collectionSlugs.has(collection[1]!)) return undefined
    const item = collection[2]
    return item === undefined || item === 'count' || !ownEndpoints.has(`${collection[1]}/${item}`) ? 'database' : undefined
  }

  const markerFor = (source: ReadSource): string | undefined => {
    const commits = databaseCommits()
    if (commits === undefined) return undefined
    if (source === 'database') return String(commits)
    const index = searchIndexChanges()
    return index === undefined ? undefined : `${commits}:${index}`
  }

  return {
    /**
     * The key and marker of a visitor's request (`isVisitor`, checked by the caller) that the cache
     * may answer; undefined for every other read. A client's `Cache-Control: no-cache` needs no
     * answer made anew: a kept answer is checked against every commit.
     */
    lookup(req: ExpressRequest, { body, readOnlyGraphql = false }: { body?: Buffer; readOnlyGraphql?: boolean }): CacheLookup | undefined {
      const source = sourceOf(req, readOnlyGraphql)
      const marker = source && markerFor(source)
      if (!marker) return undefined
      const key = [
        req.method,
        req.protocol,
        req.get('host') ?? '',
        req.originalUrl,
        requestLanguage(req),
        req.get('origin') ?? '',
        body ? createHash('sha256').update(body).digest('base64url') : '',
      ].join('\n')
      return { key, marker }
    },
  }
}
