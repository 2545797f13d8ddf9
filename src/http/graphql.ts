import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from '@payloadcms/next/routes'

import { fetchHandler } from './payloadApi'

/** GraphQL at /api/graphql, executed in-process with the same access rules as REST. */
export const graphql = (config: Promise<SanitizedConfig>): RequestHandler => fetchHandler(GRAPHQL_POST(config))

/** The playground only exists outside production (Payload answers 404 there as well). */
export const graphqlPlayground = (config: Promise<SanitizedConfig>): RequestHandler => fetchHandler(GRAPHQL_PLAYGROUND_GET(config))
