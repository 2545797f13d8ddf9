import { filterVocabularies, slugPattern } from '../../collections/fields/options'
import { isMatrixDimension, type MatrixDimension, type MatrixLocale } from './dimensions'

export const matrixFilters = ['theme', 'targetGroup', 'role', 'preventionLevel', 'crimeType', 'evidenceLevel', 'municipality'] as const
export type MatrixFilter = (typeof matrixFilters)[number]

export type MatrixQuery = {
  rows: MatrixDimension
  columns: MatrixDimension
  filters: Partial<Record<MatrixFilter, string[]>>
  locale: MatrixLocale
}

export type MatrixParamError = { parameter: string; message: string }

const allowed: Record<MatrixFilter, string[] | RegExp> = { ...filterVocabularies, municipality: slugPattern, theme: slugPattern }

const known = new Set<string>(['rows', 'columns', 'locale', 'format', ...matrixFilters])

/** The matrix a caller asks for, or which parameters are wrong and why. Default: role × prevention level. */
export function parseMatrixParams(params: URLSearchParams): { ok: true; query: MatrixQuery } | { ok: false; errors: MatrixParamError[] } {
  const errors: MatrixParamError[] = []
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) errors.push({ message: `Unknown parameter "${name}". Use one of: ${[...known].join(', ')}.`, parameter: name })
  }
  const dimension = (name: 'rows' | 'columns', fallback: MatrixDimension): MatrixDimension => {
    const value = params.get(name) ?? fallback
    if (isMatrixDimension(value)) return value
    errors.push({ message: `${name} must be one of: role, targetGroup, preventionLevel, crimeType, theme.`, parameter: name })
    return fallback
  }
  const rows = dimension('rows', 'role')
  const columns = dimension('columns', 'preventionLevel')
  if (rows === columns && errors.length === 0) errors.push({ message: 'Choose different dimensions for rows and columns.', parameter: 'columns' })
  const locale = params.get('locale') ?? 'nl'
  if (locale !== 'nl' && locale !== 'en') errors.push({ message: 'locale must be "nl" or "en".', parameter: 'locale' })
  const format = params.get('format')
  if (format !== null && format !== 'json' && format !== 'csv') errors.push({ message: 'format must be "json" or "csv".', parameter: 'format' })

  const filters: MatrixQuery['filters'] = {}
  for (const filter of matrixFilters) {
    const values = params.getAll(filter).filter(Boolean)
    if (values.length === 0) continue
    const rule = allowed[filter]
    const wrong = values.filter((value) => (Array.isArray(rule) ? !rule.includes(value) : !rule.test(value)))
    if (wrong.length > 0) {
      errors.push({ message: `Unknown ${filter}: ${wrong.join(', ')}.${Array.isArray(rule) ? ` Use: ${rule.join(', ')}.` : ''}`, parameter: filter })
    }
    filters[filter] = values
  }
  return errors.length > 0 ? { errors, ok: false } : { ok: true, query: { columns, filters, locale: locale as MatrixLocale, rows } }
}
