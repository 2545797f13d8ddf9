import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from '@payloadcms/next/routes'

import type { ApiGuards } from './payloadApi'

import { graphqlCost } from '../graphql/cost'
import { fetchHandler } from './payloadApi'

/**
 * GraphQL at /api/graphql, executed in-process with the same access rules as REST. Each request
 * is costed from its parsed form before Payload validates or runs it, and its cost is spent from
 * the client's budget.
 */
export const graphql = (config: Promise<SanitizedConfig>, guards: Omit<ApiGuards, 'graphqlCost'> = {}): RequestHandler =>
  fetchHandler(GRAPHQL_POST(config), { ...guards, graphqlCost: async (request) => graphqlCost(await config, request) })

/** The playground only exists outside production (Payload answers 404 there as well). */
export const graphqlPlayground = (config: Promise<SanitizedConfig>): RequestHandler => fetchHandler(GRAPHQL_PLAYGROUND_GET(config))
