import type { PayloadRequest } from 'payload'

import { argsToSearchParams, invalidArgumentsError } from '../../lib/graphqlArgs'
import { valueEnum, valueEnumName } from '../../lib/graphqlEnum'
import { computeMatrix } from './compute'
import { closedValues, matrixFilters } from '../../domain/vocabulary'
import { parseMatrixParams } from './params'

type GraphQLModule = typeof import('graphql')

/** `interventionsMatrix(...)`: the same parameters, validation, access and numbers as the REST endpoint. */
export function matrixQuery(GraphQL: GraphQLModule) {
  const { GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const strings = new GraphQLList(new GraphQLNonNull(GraphQLString))
  const Header = new GraphQLObjectType({ fields: { label: { type: GraphQLString }, value: { type: GraphQLString } }, name: 'MatrixHeader' })
  const Item = new GraphQLObjectType({
    fields: { id: { type: GraphQLString }, slug: { type: GraphQLString }, title: { type: GraphQLString } },
    name: 'MatrixIntervention',
  })
  const Cell = new GraphQLObjectType({
    fields: {
      column: { type: GraphQLString },
      count: { type: GraphQLInt },
      interventions: { type: new GraphQLList(Item) },
      row: { type: GraphQLString },
    },
    name: 'MatrixCell',
  })
  const Matrix = new GraphQLObjectType({
    fields: {
      cells: { type: new GraphQLList(Cell) },
      columns: { type: new GraphQLList(Header) },
      columnsDimension: { type: GraphQLString },
      rows: { type: new GraphQLList(Header) },
      rowsDimension: { type: GraphQLString },
      total: { type: GraphQLInt },
    },
    name: 'InterventionsMatrix',
  })
  return {
    args: {
      columns: { type: GraphQLString },
      locale: { type: GraphQLString },
      rows: { type: GraphQLString },
      // The same enums as GraphQL search: a value is spelled the way Payload spells the field's options.
      ...Object.fromEntries(
        matrixFilters.map((filter) => {
          const values = closedValues(filter)
          return [
            filter,
            { type: values ? new GraphQLList(new GraphQLNonNull(valueEnum(GraphQL, valueEnumName(filter), values))) : strings },
          ]
        }),
      ),
    },
    resolve: async (_: unknown, args: Record<string, unknown>, context: { req: PayloadRequest }) => {
      const parsed = parseMatrixParams(argsToSearchParams(args))
      if (!parsed.ok) throw invalidArgumentsError(parsed.errors)
      return computeMatrix(context.req.payload, context.req.user, parsed.query)
    },
    type: Matrix,
  }
}
