import { APIError, Forbidden, ValidationError } from 'payload'

import type { ImportLocale } from './columns'
import type { MappedColumn } from './headers'
import type { RowProblem } from './prepareRows'

import { RowWriteError } from './writeRow'

type FieldError = { path?: string; message?: string }

const requiredMessage = /required/i

function fieldProblem(
  { message = 'This value is not accepted.', path = '' }: FieldError,
  row: number,
  locale: ImportLocale,
  mapped: MappedColumn[],
): RowProblem {
  const fieldPath = path.replace(/\.\d+$/, '')
  const column = mapped.find((each) => each.spec.path.join('.') === fieldPath && (each.spec.locale ?? locale) === locale)
  if (fieldPath === 'slug' && /unique|already/i.test(message)) {
    return {
      cell: column && `${column.letter}${row}`,
      column: column?.header ?? 'Slug',
      message: 'Another item already uses this slug (it may be one you cannot see). Give the row its own slug in a "Slug" column.',
      row,
    }
  }
  if (locale === 'en' && requiredMessage.test(message)) {
    const header = column?.header ?? `${mapped.find((each) => each.spec.path.join('.') === fieldPath)?.spec.header ?? fieldPath} (en)`
    return {
      cell: column && `${column.letter}${row}`,
      column: header,
      message: `The English version of a published item needs this too. Fill in "${header}", or leave all English columns of this row empty.`,
      row,
    }
  }
  return column ? { cell: `${column.letter}${row}`, column: column.header, message, row } : { message: `${fieldPath}: ${message}`, row }
}

/**
 * What the collection said about a row, as problems on that row's cells. A failure that is not
 * about the row (the database went away) is not a row problem: it is rethrown.
 */
export function problemsFromError(error: unknown, row: number, mapped: MappedColumn[]): RowProblem[] {
  const locale = error instanceof RowWriteError ? error.locale : 'nl'
  const cause = error instanceof RowWriteError ? error.cause : error
  if (cause instanceof ValidationError) {
    const fieldErrors = (cause.data as { errors?: FieldError[] } | undefined)?.errors ?? []
    if (fieldErrors.length === 0) return [{ message: cause.message, row }]
    return fieldErrors.map((each) => fieldProblem(each, row, locale, mapped))
  }
  if (cause instanceof Forbidden)
    return [{ message: 'You may not create or change this item: it belongs to an organisation whose items you cannot edit.', row }]
  if (cause instanceof APIError && cause.status >= 400 && cause.status < 500) return [{ message: cause.message, row }]
  throw cause
}
