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

let textOf: WeakMap<SanitizedConfig, string> | undefined

/** The schema as SDL, for partners who generate typed clients: what `schema.graphql` holds. Printed once per config. */
export function schemaText(config: SanitizedConfig): string {
  textOf ??= new WeakMap()
  let text = textOf.get(config)
  if (text === undefined) {
    text = `${printSchema(schemaFor(config))}\n`
    textOf.set(config, text)
  }
  return text
}
