import type { FacetOptions, SearchQuery } from '../../types'
import type { Condition, FilterNode } from './filterExpression'

/** What an engine can apply: per facet, values of which one must be held, and values none of which may be. */
export type StructuredFilter = Pick<SearchQuery, 'exclude' | 'filters'>

export class UnsupportedFilterError extends Error {}

/** A conjunction of disjunctions of conditions (conjunctive normal form): what facet filters can express. */
type Clause = Condition[]

/** Cross products beyond this are a filter no search UI builds. */
const maxClauses = 64

const negate = (node: FilterNode): FilterNode => {
  switch (node.kind) {
    case 'condition':
      return { ...node, negated: !node.negated }
    case 'not':
      return node.node
    case 'and':
      return { kind: 'or', nodes: node.nodes.map(negate) }
    case 'or':
      return { kind: 'and', nodes: node.nodes.map(negate) }
  }
}

function clausesOf(node: FilterNode): Clause[] {
  switch (node.kind) {
    case 'condition':
      return [[node]]
    case 'not':
      return clausesOf(negate(node.node))
    case 'and':
      return node.nodes.flatMap(clausesOf)
    case 'or':
      return node.nodes.map(clausesOf).reduce((product, next) => {
        const combined = product.flatMap((left) => next.map((right) => [...left, ...right]))
        if (combined.length > maxClauses) throw new UnsupportedFilterError('The filter combines too many alternatives; simplify it.')
        return combined
      })
  }
}

const attributesOf = (node: FilterNode): string[] =>
  node.kind === 'condition' ? [node.attribute] : node.kind === 'not' ? attributesOf(node.node) : node.nodes.flatMap(attributesOf)

/** The attributes a filter names that are not facets, for the refusal that names them. */
export const unknownAttributes = (node: FilterNode, facets: readonly string[]): string[] => [
  ...new Set(attributesOf(node).filter((attribute) => !facets.includes(attribute))),
]

/**
 * The filter as facet filters: each AND-part must be alternatives of one facet (`type = a OR type
 * = b`, `type IN [a, b]`) or an exclusion (`type != a`, `NOT type IN [a, b]`). Values are checked
 * by their facet, so nothing unvalidated reaches an engine. Anything else is refused, never guessed.
 */
export function structuredFilter(node: FilterNode | undefined, facets: Record<string, FacetOptions>): StructuredFilter {
  const filters: Record<string, string[]> = {}
  const exclude: Record<string, string[]> = {}
  if (!node) return { exclude, filters }
  const checked = (attribute: string, values: string[]) => {
    const { problem, values: parsed } = facets[attribute]!.parse(values)
    if (problem) throw new UnsupportedFilterError(`\`${attribute}\`: ${problem.message}`)
    return parsed
  }
  for (const clause of clausesOf(node)) {
    const attributes = new Set(clause.map((condition) => condition.attribute))
    const [attribute] = attributes
    if (clause.every((condition) => !condition.negated) && attributes.size === 1) {
      const values = [
        ...new Set(
          checked(
            attribute!,
            clause.flatMap((condition) => condition.values),
          ),
        ),
      ]
      const earlier = filters[attribute!]
      if (earlier && (earlier.length !== values.length || earlier.some((value) => !values.includes(value)))) {
        throw new UnsupportedFilterError(
          `\`${attribute}\` is required in more than one AND-part; give its values once, as alternatives (\`${attribute} IN [...]\` or OR).`,
        )
      }
      filters[attribute!] = values
    } else if (clause.length === 1 && clause[0]!.negated) {
      exclude[attribute!] = [...new Set([...(exclude[attribute!] ?? []), ...checked(attribute!, clause[0]!.values)])]
    } else {
      throw new UnsupportedFilterError(
        `Combine alternatives of one attribute only (\`a = x OR a = y\`), and use \`!=\` or \`NOT\` on its own AND-part; this filter mixes ${[...attributes].map((each) => `\`${each}\``).join(', ')} in one OR.`,
      )
    }
  }
  return { exclude, filters }
}
