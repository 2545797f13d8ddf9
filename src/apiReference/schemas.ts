import type { SanitizedConfig } from 'payload'

import { configToJSONSchema } from 'payload'

type Json = Record<string, unknown>

/** Where the reference keeps a collection's or global's document schema, and the one for writing it. */
export const documentRef = (slug: string) => `#/components/schemas/${slug}`
export const inputRef = (slug: string) => `#/components/schemas/${slug}.input`

/** Payload's `#/definitions/x` references, pointed at the reference's components. */
function retarget(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(retarget)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string' ? inner.replace(/^#\/definitions\//, '#/components/schemas/') : retarget(inner),
    ]),
  )
}

const systemWritten = new Set(['id', 'createdAt', 'updatedAt', 'sessions', 'collection'])

/** Fields the API never answers: hidden ones (an account's hash, salt and reset token) and the password. */
const neverAnswered = (entity: { flattenedFields: Array<{ name: string; hidden?: boolean }> }) =>
  new Set([...entity.flattenedFields.filter((field) => field.hidden).map((field) => field.name), 'password'])

const without = (schema: Json, names: Set<string>): Json => ({
  ...schema,
  properties: Object.fromEntries(Object.entries((schema.properties as Json) ?? {}).filter(([name]) => !names.has(name))),
  required: ((schema.required as string[] | undefined) ?? []).filter((name) => !names.has(name)),
})

/**
 * The document schemas, from the same field-to-JSON-Schema conversion `payload generate:types`
 * uses, so the reference and `payload-types.ts` cannot disagree; plus, per collection and global,
 * what a write sends: the same fields, none required (a draft needs none), without those the
 * system keeps.
 */
export function documentSchemas(config: SanitizedConfig): Record<string, Json> {
  const { definitions = {} } = configToJSONSchema(config, config.db.defaultIDType)
  const schemas = retarget(definitions) as Record<string, Json>
  for (const entity of [...config.collections, ...config.globals]) {
    const schema = schemas[entity.slug]
    if (!schema) continue
    const hidden = neverAnswered(entity)
    hidden.delete('password')
    schemas[entity.slug] = without(schema, neverAnswered(entity))
    const input = without(schema, new Set([...hidden, ...systemWritten]))
    schemas[`${entity.slug}.input`] = { ...input, required: [], title: `${String(schema.title ?? entity.slug)} (input)` }
  }
  return schemas
}
