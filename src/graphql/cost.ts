import type { SanitizedConfig } from 'payload'

import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { type DocumentNode, getNullableType, GraphQLError, type GraphQLSchema, isListType, Kind, parse, validate } from 'graphql'
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity'

import { schemaFor } from './schema'

/**
 * What one GraphQL document may ask for. Every number is checked on the parsed document before
 * Payload sees it, so an expensive query is refused in milliseconds instead of after the work.
 */
export const graphqlLimits = {
  /** Tokens in the query text: bounds parsing and everything after it. */
  tokens: 10_000,
  /** Nesting, counting fragments where they are spread. */
  depth: 10,
  /** Aliases: each alias of a list query is another database query. */
  aliases: 20,
  /** Fields after fragments are expanded; more means a fragment explosion. */
  expandedFields: 5000,
  /** The estimated cost (see `estimators`). */
  cost: 10_000,
}

/** Payload's default page size, and what `limit: 0` (everything) is counted as. */
const defaultPageSize = 10
const largestPage = 1000
/** A query that reads a collection costs a database round trip before any item. */
const queryCost = 10
/** A related list without a limit (hasMany relations, arrays) is counted as this many items. */
const assumedListLength = 10

const hasLimitArgument = (field: { args: ReadonlyArray<{ name: string }> }) => field.args.some((arg) => arg.name === 'limit')

const isList = (type: Parameters<typeof getNullableType>[0]): boolean => isListType(getNullableType(type))

/**
 * A field with a `limit` (a collection's list, version history, search) costs a database query
 * plus its page of items; any other list of objects (related items, arrays) costs a few items
 * each, except a page's own `docs`, which its list query already counted.
 */
const listEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (hasLimitArgument(field)) {
    const limit =
      typeof args.limit === 'number' && args.limit > 0
        ? Math.min(args.limit, largestPage)
        : args.limit === 0
          ? largestPage
          : defaultPageSize
    return queryCost + limit * Math.max(1, childComplexity)
  }
  if (isList(field.type) && childComplexity > 0 && field.name !== 'docs') return 1 + assumedListLength * childComplexity
  return undefined
}

/** `readOnly`: every operation in the document is a query (no mutation), so its answer only reads. */
export type GraphqlCost = { ok: true; cost: number; readOnly: boolean } | { ok: false; message: string }

/** The first problem a rule finds: GraphQL Armor's rules throw theirs, others report them. */
function firstProblem(schema: GraphQLSchema, document: DocumentNode, rule: Parameters<typeof validate>[2]): GraphQLError | undefined {
  try {
    return validate(schema, document, rule)[0]
  } catch (error) {
    if (error instanceof GraphQLError) return error
    throw error
  }
}

const foundIn = (error: unknown) => Number(/found (\d+)/.exec(error instanceof Error ? error.message : '')?.[1] ?? Number.NaN)

/**
 * The cost of one GraphQL request, or why it is refused: too many tokens, nested too deep, too
 * many aliases, a fragment explosion, a subscription, or an estimated cost over the limit. Syntax and schema
 * errors are left to GraphQL itself, which names their place.
 */
export function graphqlCost(
  config: SanitizedConfig,
  request: { query: string; variables?: unknown; operationName?: unknown },
): GraphqlCost {
  let document: DocumentNode
  try {
    // GraphQL's own token limit: parsing stops at the limit, without building the rest.
    document = parse(request.query, { maxTokens: graphqlLimits.tokens })
  } catch (error) {
    if (error instanceof GraphQLError && /tokens/i.test(error.message)) {
      return { message: `The query has more than ${graphqlLimits.tokens} tokens. Ask for less in one query, or use several.`, ok: false }
    }
    return { cost: 0, ok: true, readOnly: false }
  }
  if (document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription')) {
    return { message: 'Subscriptions are not supported. Use a query, or poll.', ok: false }
  }
  const schema = schemaFor(config)
  // Depth and aliases in one pass over the document; the rule that trips first names itself.
  const shapeError = firstProblem(schema, document, [
    maxDepthRule({ flattenFragments: true, n: graphqlLimits.depth }),
    maxAliasesRule({ n: graphqlLimits.aliases }),
  ])
  if (shapeError && /alias/i.test(shapeError.message)) {
    return {
      message: `The query uses ${foundIn(shapeError)} aliases; at most ${graphqlLimits.aliases} are allowed. Use several queries.`,
      ok: false,
    }
  }
  if (shapeError) {
    return {
      message: `The query is nested ${foundIn(shapeError)} levels deep; at most ${graphqlLimits.depth} are allowed. Ask for fewer nested relations, or use several queries.`,
      ok: false,
    }
  }
  let cost: number
  try {
    cost = getComplexity({
      estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
      maxQueryNodes: graphqlLimits.expandedFields,
      operationName: typeof request.operationName === 'string' ? request.operationName : undefined,
      query: document,
      schema,
      variables: request.variables && typeof request.variables === 'object' ? (request.variables as Record<string, unknown>) : undefined,
    })
  } catch (error) {
    if (error instanceof Error && /node/i.test(error.message)) {
      return {
        message: `The query expands to more than ${graphqlLimits.expandedFields} fields once its fragments are spread. Spread fewer fragments.`,
        ok: false,
      }
    }
    // Unknown fields, bad variables: GraphQL answers those itself, with where they are.
    return { cost: 0, ok: true, readOnly: false }
  }
  if (cost > graphqlLimits.cost) {
    return {
      message: `The query's estimated complexity is ${cost}; at most ${graphqlLimits.cost} is allowed. Ask for smaller pages (limit), fewer nested relations or fewer fields.`,
      ok: false,
    }
  }
  const readOnly = document.definitions.every(
    (definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query',
  )
  return { cost, ok: true, readOnly }
}
