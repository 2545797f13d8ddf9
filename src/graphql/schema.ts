import type { SanitizedConfig } from 'payload'

import { configToSchema } from '@payloadcms/graphql'
import { type GraphQLSchema, printSchema } from 'graphql'

let schemaOf: WeakMap<SanitizedConfig, GraphQLSchema> | undefined

/** The schema Payload serves, built once per config (Payload builds its own copy the same way). */
export function schemaFor(config: SanitizedConfig): GraphQLSchema {
  schemaOf ??= new WeakMap()
  let schema = schemaOf.get(config)
  if (!schema) {
    schema = configToSchema(config).schema
    schemaOf.set(config, schema)
  }
  return schema
}

/** The schema as SDL, for partners who generate typed clients: what `schema.graphql` holds. */
export const schemaText = (config: SanitizedConfig): string => `${printSchema(schemaFor(config))}\n`
