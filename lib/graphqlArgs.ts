import { ClientError } from './clientError'

/** GraphQL arguments as query parameters, so GraphQL and REST share one parser. */
export function argsToSearchParams(args: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null) continue
    for (const each of Array.isArray(value) ? value : [value]) params.append(name, String(each))
  }
  return params
}

/** A parser's complaints as the 400 a GraphQL caller reads, naming each parameter. */
export function invalidArgumentsError(errors: Array<{ parameter: string; message: string }>): ClientError {
  const message = errors.map((error) => `${error.parameter}: ${error.message}`).join(' ')
  return new ClientError(message, 400, { parameters: errors.map((error) => error.parameter) })
}
