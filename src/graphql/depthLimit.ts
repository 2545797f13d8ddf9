import type { ASTVisitor, FragmentDefinitionNode, SelectionSetNode, ValidationContext } from 'graphql'

import { GraphQLError, Kind } from 'graphql'

/** Deepest nesting a query may ask for; the deepest legitimate query (item → related → themes) needs 6. */
export const maxQueryDepth = 10

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, visiting) : 1)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting))
    } else {
      const name = selection.name.value
      const fragment = fragments[name]
      // A fragment that spreads itself is reported by GraphQL's own NoFragmentCycles rule.
      if (!fragment || visiting.has(name)) continue
      visiting.add(name)
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting))
      visiting.delete(name)
    }
  }
  return deepest
}

/** Refuses queries nested deeper than `max` before any resolver runs. */
export const depthLimit =
  (max = maxQueryDepth) =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = Object.fromEntries(
        context
          .getDocument()
          .definitions.filter((each): each is FragmentDefinitionNode => each.kind === Kind.FRAGMENT_DEFINITION)
          .map((each) => [each.name.value, each]),
      )
      const depth = depthOf(operation.selectionSet, fragments, new Set())
      if (depth > max) {
        context.reportError(
          new GraphQLError(
            `The query is nested ${depth} levels deep; at most ${max} are allowed. Ask for fewer nested relations, or use several queries.`,
            { nodes: [operation] },
          ),
        )
      }
    },
  })
