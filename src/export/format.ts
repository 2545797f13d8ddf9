import type { CsvDelimiter } from '../../lib/csv'

import { csvTable } from '../../lib/csv'
import { xlsxContentType, xlsxTable } from '../../lib/xlsx'

export type ExportFormat = 'csv' | 'json' | 'xlsx'
export type ExportProblem = { parameter: string; message: string }
export type Checked<T> = { ok: true; value: T } | { ok: false; error: ExportProblem }

export const exportFormats: readonly ExportFormat[] = ['csv', 'json', 'xlsx']

/** The `format` parameter of an export: csv, xlsx or json, json when left out. */
export function exportFormatOf(params: URLSearchParams): Checked<ExportFormat> {
  const format = params.get('format') ?? 'json'
  if ((exportFormats as readonly string[]).includes(format)) return { ok: true, value: format as ExportFormat }
  return { error: { message: `format must be one of: ${exportFormats.join(', ')}.`, parameter: 'format' }, ok: false }
}

const delimiters: Record<string, CsvDelimiter> = { comma: ',', semicolon: ';' }

/**
 * The `delimiter` parameter of a CSV download: `comma` (the default) or `semicolon`, which Dutch
 * Excel needs to open the columns as columns.
 */
export function csvDelimiterOf(params: URLSearchParams): Checked<CsvDelimiter> {
  const delimiter = params.get('delimiter') ?? 'comma'
  const value = delimiters[delimiter]
  if (value) return { ok: true, value }
  return { error: { message: `delimiter must be one of: ${Object.keys(delimiters).join(', ')}.`, parameter: 'delimiter' }, ok: false }
}

/** How a download is asked for: its format and, for CSV, the delimiter; or what is wrong with that. */
export function downloadOptionsOf(params: URLSearchParams): Checked<{ format: ExportFormat; delimiter: CsvDelimiter }> {
  const format = exportFormatOf(params)
  if (!format.ok) return format
  const delimiter = csvDelimiterOf(params)
  if (!delimiter.ok) return delimiter
  return { ok: true, value: { delimiter: delimiter.value, format: format.value } }
}

/** A refused download parameter in Payload's error shape. */
export const refusedDownload = (error: ExportProblem) => Response.json({ errors: [error] }, { status: 400 })

type Rows = unknown[][]

/**
 * A download named for the browser's save dialog: the rows as CSV (with the asked delimiter and a
 * byte-order mark) or as an XLSX workbook, or the JSON document. CSV and XLSX hold the same rows.
 */
export async function exportResponse(
  options: { format: ExportFormat; delimiter?: CsvDelimiter },
  name: string,
  body: { rows: () => Rows | Promise<Rows>; json: () => unknown },
): Promise<Response> {
  const date = new Date().toISOString().slice(0, 10)
  const disposition = `attachment; filename="${name}-${date}.${options.format}"`
  switch (options.format) {
    case 'csv':
      return new Response(csvTable(await body.rows(), options.delimiter), {
        headers: { 'content-disposition': disposition, 'content-type': 'text/csv; charset=utf-8' },
      })
    case 'xlsx':
      return new Response(new Uint8Array(await xlsxTable(await body.rows(), name)), {
        headers: { 'content-disposition': disposition, 'content-type': xlsxContentType },
      })
    case 'json':
      return new Response(JSON.stringify(body.json(), null, 2), {
        headers: { 'content-disposition': disposition, 'content-type': 'application/json; charset=utf-8' },
      })
  }
}
