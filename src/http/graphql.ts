import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from '@payloadcms/next/routes'
import { LRUCache } from 'lru-cache'
import { createHash } from 'node:crypto'

import type { ApiGuards } from './payloadApi'

import { anyoneMayAsk } from '../../domain/access'
import { type GraphqlCost, graphqlCost } from '../graphql/cost'
import { schemaText } from '../graphql/schema'
import { fetchHandler } from './payloadApi'

/**
 * GraphQL at /api/graphql, executed in-process with the same access rules as REST. Each request
 * is costed from its parsed form before Payload validates or runs it, and its cost is spent from
 * the client's budget.
 */
export const graphql = (config: Promise<SanitizedConfig>, guards: Omit<ApiGuards, 'graphqlCost'> = {}): RequestHandler => {
  // A partner's dashboard sends the same few documents again and again; their cost is the same each time.
  const known = new LRUCache<string, GraphqlCost>({ max: 1000 })
  const costOf = async (request: Parameters<typeof graphqlCost>[1]) => {
    const key = createHash('sha256')
      .update(JSON.stringify([request.query, request.variables ?? null, request.operationName ?? null]))
      .digest('base64url')
    const cost = known.get(key) ?? graphqlCost(await config, request)
    known.set(key, cost)
    return cost
  }
  return fetchHandler(GRAPHQL_POST(config), { ...guards, graphqlCost: costOf })
}

/** The playground only exists outside production (Payload answers 404 there as well). */
export const graphqlPlayground = (config: Promise<SanitizedConfig>): RequestHandler => fetchHandler(GRAPHQL_PLAYGROUND_GET(config))

/**
 * GET /api/graphql/schema.graphql: the schema as SDL, in production too (introspection is off
 * there), for partners who generate typed clients. The same text as the committed `schema.graphql`.
 */
export const graphqlSchemaFile =
  (config: Promise<SanitizedConfig>): RequestHandler =>
  async (req, res, next) => {
    try {
      if (!anyoneMayAsk()) return void res.status(403).end()
      res
        .status(200)
        .type('text/plain; charset=utf-8')
        .set('Cache-Control', 'public, max-age=300')
        .send(schemaText(await config))
    } catch (error) {
      next(error)
    }
  }
