import {
  isMatrixDimensionName,
  type Locale,
  type MatrixDimension,
  matrixDimensions,
  type MatrixFilter,
  matrixFilters,
  parseFilterValues,
} from '../../domain/vocabulary'
import { exportFormatOf } from '../export/format'

export type MatrixQuery = {
  rows: MatrixDimension
  columns: MatrixDimension
  filters: Partial<Record<MatrixFilter, string[]>>
  locale: Locale
}

export type MatrixParamError = { parameter: string; message: string }

const known = new Set<string>(['rows', 'columns', 'locale', 'format', 'delimiter', ...matrixFilters])

/** The matrix a caller asks for, or which parameters are wrong and why. Default: role × prevention level. */
export function parseMatrixParams(params: URLSearchParams): { ok: true; query: MatrixQuery } | { ok: false; errors: MatrixParamError[] } {
  const errors: MatrixParamError[] = []
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) errors.push({ message: `Unknown parameter "${name}". Use one of: ${[...known].join(', ')}.`, parameter: name })
  }
  const dimension = (name: 'rows' | 'columns', fallback: MatrixDimension): MatrixDimension => {
    const value = params.get(name) ?? fallback
    if (isMatrixDimensionName(value)) return value
    errors.push({ message: `${name} must be one of: ${matrixDimensions.join(', ')}.`, parameter: name })
    return fallback
  }
  const rows = dimension('rows', 'role')
  const columns = dimension('columns', 'preventionLevel')
  if (rows === columns && errors.length === 0)
    errors.push({ message: 'Choose different dimensions for rows and columns.', parameter: 'columns' })
  const locale = params.get('locale') ?? 'nl'
  if (locale !== 'nl' && locale !== 'en') errors.push({ message: 'locale must be "nl" or "en".', parameter: 'locale' })
  if (params.has('format')) {
    const format = exportFormatOf(params)
    if (!format.ok) errors.push(format.error)
  }

  const filters: MatrixQuery['filters'] = {}
  for (const filter of matrixFilters) {
    const raw = params.getAll(filter)
    if (raw.length === 0) continue
    const { problem, values } = parseFilterValues(filter, raw)
    if (problem) errors.push(problem)
    if (values.length > 0) filters[filter] = values
  }
  return errors.length > 0 ? { errors, ok: false } : { ok: true, query: { columns, filters, locale: locale as Locale, rows } }
}
