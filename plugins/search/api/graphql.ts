import type { GraphQLInfo, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SearchPluginOptions } from '../types'

import { argsToSearchParams, invalidArgumentsError } from '../../../lib/graphqlArgs'
import { valueEnum, valueEnumName } from '../../../lib/graphqlEnum'
import { requireRule } from '../../../lib/endpointAccess'
import { isSearchEngineUnavailable } from '../engine/errors'
import { parseSearchParams } from './parseSearchParams'
import { runSearch, unavailableMessage } from './runSearch'

type GraphQLModule = typeof import('graphql')

/** `search(...)` in GraphQL: the same parameters, validation, access and answer as GET /api/search. */
export function searchQuery(GraphQL: GraphQLModule, options: SearchPluginOptions) {
  const { GraphQLFloat, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const strings = new GraphQLList(new GraphQLNonNull(GraphQLString))
  const Highlights = new GraphQLObjectType({
    fields: { body: { type: GraphQLString }, summary: { type: GraphQLString }, title: { type: GraphQLString } },
    name: 'SearchHighlights',
  })
  const Hit = new GraphQLObjectType({
    fields: {
      highlights: { type: Highlights },
      id: { type: new GraphQLNonNull(GraphQLString) },
      locale: { type: GraphQLString },
      summary: { type: GraphQLString },
      themes: { type: strings },
      title: { type: GraphQLString },
      type: { type: GraphQLString },
      updatedAt: { type: GraphQLString },
      url: { type: GraphQLString },
    },
    name: 'SearchHit',
  })
  const FacetValue = new GraphQLObjectType({
    fields: { count: { type: GraphQLInt }, value: { type: GraphQLString } },
    name: 'SearchFacetValue',
  })
  const Facet = new GraphQLObjectType({
    fields: { name: { type: GraphQLString }, values: { type: new GraphQLList(FacetValue) } },
    name: 'SearchFacet',
  })
  const Result = new GraphQLObjectType({
    fields: {
      engine: { type: GraphQLString },
      facets: { type: new GraphQLList(Facet) },
      hits: { type: new GraphQLList(Hit) },
      limit: { type: GraphQLInt },
      page: { type: GraphQLInt },
      query: { type: GraphQLString },
      tookMs: { type: GraphQLFloat },
      total: { type: GraphQLInt },
    },
    name: 'SearchResult',
  })

  return {
    args: {
      limit: { type: GraphQLInt },
      locale: { type: GraphQLString },
      page: { type: GraphQLInt },
      q: { type: GraphQLString },
      sort: { type: GraphQLString },
      ...Object.fromEntries(
        Object.entries(options.facets).map(([facet, { values }]) => [
          facet,
          { type: values ? new GraphQLList(new GraphQLNonNull(valueEnum(GraphQL, valueEnumName(facet), values))) : strings },
        ]),
      ),
    },
    resolve: async (_: unknown, args: Record<string, unknown>, context: { req: PayloadRequest }, _info?: GraphQLInfo) => {
      await requireRule(context.req, options.access.search, { forbidden: 'Your account may not search.', signIn: 'Sign in to search.' })
      const parsed = parseSearchParams(argsToSearchParams(args), options.facets)
      if (!parsed.ok) throw invalidArgumentsError(parsed.errors)
      const response = await runSearch(context.req.payload, context.req.user, parsed.query).catch((error: unknown) => {
        if (isSearchEngineUnavailable(error)) {
          throw new APIError(unavailableMessage(error), 503, undefined, true)
        }
        throw error
      })
      return {
        ...response,
        facets: Object.entries(response.facets).map(([name, counts]) => ({
          name,
          values: Object.entries(counts).map(([value, count]) => ({ count, value })),
        })),
      }
    },
    type: Result,
  }
}
