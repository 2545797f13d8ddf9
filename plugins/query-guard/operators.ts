import type { Field } from 'payload'

type Found = { message: string; status: 400 } | undefined

const geoOperators = new Set(['within', 'intersects', 'near'])
const textOperators = new Set(['like', 'not_like', 'contains'])
const listOperators = new Set(['in', 'not_in', 'all'])
/** Operators that compare with whole values: a select field only ever holds one of its options. */
const identityOperators = new Set(['equals', 'not_equals', 'in', 'not_in'])

const valuesOf = (operator: string, value: unknown): unknown[] => (listOperators.has(operator) && Array.isArray(value) ? value : [value])

const isDate = (value: unknown) =>
  (typeof value === 'string' || typeof value === 'number') && `${value}`.trim() !== '' && !Number.isNaN(new Date(value).getTime())

const isNumber = (value: unknown) =>
  (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) && Number.isFinite(Number(value))

/**
 * Whether the database can run `operator` on this field with this value. Payload passes such
 * filters on, and the database fails with a 500: a geo operator on text, `all` (which not every
 * database adapter has), a date or number filter with something that is none. A select value that
 * is none of its options (`not_assessed` for `not-assessed`) would silently find nothing.
 */
export function operatorProblem(field: Field, path: string, operator: string, value: unknown): Found {
  if (operator === 'exists') return undefined
  if (geoOperators.has(operator) && field.type !== 'point')
    return { message: `"${operator}" works on map points only, and "${path}" is none.`, status: 400 }
  // Not every database adapter has it (SQLite's has not): one query, one answer on every database.
  if (operator === 'all')
    return { message: `"all" is not available: for "${path}", combine equals conditions with and, or use in for any of them.`, status: 400 }
  if (field.type === 'date') {
    if (textOperators.has(operator)) return { message: `Compare the date "${path}" with equals, greater_than or less_than.`, status: 400 }
    const bad = valuesOf(operator, value).find((each) => each !== null && !isDate(each))
    if (bad !== undefined)
      return { message: `"${String(bad).slice(0, 40)}" is not a date for "${path}": use 2026-12-03 or an ISO date and time.`, status: 400 }
  }
  if ((field.type === 'select' || field.type === 'radio') && identityOperators.has(operator)) {
    const allowed = field.options.map((option) => (typeof option === 'string' ? option : option.value))
    const bad = valuesOf(operator, value).find((each) => each !== null && !allowed.includes(String(each)))
    if (bad !== undefined) {
      return { message: `"${String(bad).slice(0, 40)}" is not a value of "${path}": use one of ${allowed.join(', ')}.`, status: 400 }
    }
  }
  if (field.type === 'number' && !textOperators.has(operator)) {
    const bad = valuesOf(operator, value).find((each) => each !== null && !isNumber(each))
    if (bad !== undefined) return { message: `"${String(bad).slice(0, 40)}" is not a number for "${path}".`, status: 400 }
  }
  return undefined
}

/** `in`, `not_in` and `all` take a list; a single value (or one comma-separated text) becomes one, as Payload does for most fields. */
export function asLists(where: unknown): void {
  if (!where || typeof where !== 'object') return
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      for (const each of value) asLists(each)
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const operators = value as Record<string, unknown>
      for (const operator of listOperators) {
        const operand = operators[operator]
        if (typeof operand === 'string') operators[operator] = operand.split(',')
        else if (operand !== undefined && !Array.isArray(operand)) operators[operator] = [operand]
      }
    }
  }
}
