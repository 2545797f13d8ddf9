const ruleNameKey = Symbol.for('weerbaar.accessRuleName')

type AnyRule = (...args: never[]) => unknown

/**
 * Gives an access function a name that survives being passed around. A deliberate rule is then
 * told apart from an inline function or a framework default by what it is, not by where it sits,
 * so a test can list every operation that nobody decided on.
 */
export function namedRule<Rule extends AnyRule>(name: string, rule: Rule): Rule {
  Object.defineProperty(rule, ruleNameKey, { enumerable: false, value: name })
  return rule
}

/** The name `namedRule` gave this function, if it is a named rule. */
export function ruleNameOf(value: unknown): string | undefined {
  if (typeof value !== 'function') return undefined
  const name = (value as unknown as Record<symbol, unknown>)[ruleNameKey]
  return typeof name === 'string' ? name : undefined
}
