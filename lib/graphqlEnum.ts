type GraphQLModule = typeof import('graphql')
type EnumType = InstanceType<GraphQLModule['GraphQLEnumType']>

/**
 * The GraphQL name of a value, as Payload names the options of a select field (GraphQL names
 * cannot hold hyphens): `not-assessed` becomes `not_assessed`. Mirrors `formatName` of
 * @payloadcms/graphql for the characters option values use, so our enums read like Payload's.
 */
export function graphqlEnumName(value: string): string {
  const name = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.\-/+,()'[\]]/g, '_')
    .replace(/ /g, '')
  return /^\d/.test(name) ? `_${name}` : name || '_'
}

// One instance per name and schema module: two queries offering the same enum must share it.
const built = new WeakMap<GraphQLModule, Map<string, { key: string; type: EnumType }>>()

/**
 * An enum whose names are the GraphQL spellings of `values` and whose values are the values
 * themselves, so a resolver receives the one spelling the rest of the API uses.
 */
export function valueEnum(GraphQL: GraphQLModule, name: string, values: readonly string[], description?: string): EnumType {
  const known = built.get(GraphQL) ?? new Map<string, { key: string; type: EnumType }>()
  built.set(GraphQL, known)
  const key = values.join('\n')
  const existing = known.get(name)
  if (existing) {
    if (existing.key !== key) throw new Error(`The GraphQL enum ${name} was defined twice with different values.`)
    return existing.type
  }
  const type = new GraphQL.GraphQLEnumType({
    description:
      description ??
      'Written as GraphQL names must be (not_assessed); REST, search, import and export write the value itself (not-assessed). GET /api/vocabulary lists both with labels.',
    name,
    values: Object.fromEntries(values.map((value) => [graphqlEnumName(value), { value }])),
  })
  known.set(name, { key, type })
  return type
}

/** The name of the enum that lists a filter's values: `evidenceLevel` → `EvidenceLevelValue`. */
export const valueEnumName = (parameter: string) => `${parameter.charAt(0).toUpperCase()}${parameter.slice(1)}Value`
