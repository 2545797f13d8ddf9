import { parse } from 'qs-esm'

export type QueryProblem = { parameter: string; message: string }

const wholeNumber = (value: unknown, min: number, max: number) =>
  typeof value === 'string' && /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max

const limits = { depth: [0, 10], limit: [0, 1000], page: [1, 100_000] } as const

/** Operators whose text Payload matches word by word. */
const textOperators = new Set(['like', 'not_like', 'contains'])
const maxTextFilter = { chars: 200, words: 20 }
const maxListFilter = 500

/** In `where`, an operator takes a value or a list; an object there reaches the database as is. */
function whereProblems(where: unknown, path: string, problems: QueryProblem[]) {
  if (!where || typeof where !== 'object') return
  for (const [key, value] of Object.entries(where)) {
    const here = `${path}[${key}]`
    if (key === 'and' || key === 'or') {
      for (const each of Object.values(value ?? {})) whereProblems(each, here, problems)
      continue
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue
    for (const [operator, operand] of Object.entries(value)) {
      if (operand && typeof operand === 'object' && !Array.isArray(operand)) {
        problems.push({
          message: `${here}[${operator}] must be a value or a list of values, not an object.`,
          parameter: `${here}[${operator}]`,
        })
      } else if (
        textOperators.has(operator) &&
        typeof operand === 'string' &&
        (operand.length > maxTextFilter.chars || operand.split(/\s+/).length > maxTextFilter.words)
      ) {
        // Payload turns every word of a `like` into a condition of its own: a long text is a query the database refuses.
        problems.push({
          message: `${here}[${operator}] may hold at most ${maxTextFilter.words} words and ${maxTextFilter.chars} characters. Search with fewer words, or use /api/search.`,
          parameter: `${here}[${operator}]`,
        })
      } else if (Array.isArray(operand) && operand.length > maxListFilter) {
        problems.push({ message: `${here}[${operator}] may list at most ${maxListFilter} values.`, parameter: `${here}[${operator}]` })
      }
    }
  }
}

/**
 * Query parameters Payload would turn into a failing database query rather than a 400: negative
 * or huge paging, and objects where a filter expects a value. Parsed the way Payload parses them.
 */
export function queryProblems(search: string): QueryProblem[] {
  return checkQuery(search).problems
}

/** Payload's page size without `limit`, and its depth without `depth`. */
const defaultLimit = 10
const defaultDepth = 2
/** `limit=0` asks for everything: counted as the largest page. */
const largestPage = 1000

/** The most a REST read may cost: items read times the levels of relations populated for each. */
export const maxRestCost = 10_000

/**
 * The problems of a query string, and what the read it asks for costs: up to `limit` items, each
 * with relations populated `depth` levels deep. Parsed the way Payload parses it.
 */
export function checkQuery(search: string): { problems: QueryProblem[]; cost: number } {
  if (!search || search === '?') return { cost: 1 + defaultLimit * (1 + defaultDepth), problems: [] }
  const query = parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>
  const problems: QueryProblem[] = []
  for (const [name, [min, max]] of Object.entries(limits)) {
    if (query[name] !== undefined && !wholeNumber(query[name], min, max)) {
      problems.push({ message: `${name} must be a whole number from ${min} to ${max}.`, parameter: name })
    }
  }
  whereProblems(query.where, 'where', problems)
  const limit = query.limit === undefined ? defaultLimit : Number(query.limit) === 0 ? largestPage : Number(query.limit)
  const depth = query.depth === undefined ? defaultDepth : Number(query.depth)
  const cost = 1 + (Number.isFinite(limit) ? limit : largestPage) * (1 + (Number.isFinite(depth) ? depth : defaultDepth))
  if (problems.length === 0 && cost > maxRestCost) {
    problems.push({
      message: `This read could populate ${cost} items (limit ${limit} × depth ${depth}); at most ${maxRestCost} are allowed. Ask for a smaller limit or depth, or page through.`,
      parameter: query.limit === undefined ? 'depth' : 'limit',
    })
  }
  return { cost, problems }
}
