export type ExportFormat = 'csv' | 'json'

/** The `format` parameter of an export: csv or json, json when left out. */
export function exportFormatOf(
  params: URLSearchParams,
): { ok: true; value: ExportFormat } | { ok: false; error: { parameter: string; message: string } } {
  const format = params.get('format') ?? 'json'
  if (format === 'csv' || format === 'json') return { ok: true, value: format }
  return { error: { message: 'format must be "csv" or "json".', parameter: 'format' }, ok: false }
}

/** A download: a CSV file or a JSON document, named for the browser's save dialog. */
export function exportResponse(format: ExportFormat, name: string, body: { csv: () => string; json: () => unknown }): Response {
  const date = new Date().toISOString().slice(0, 10)
  const disposition = `attachment; filename="${name}-${date}.${format}"`
  if (format === 'csv') {
    return new Response(body.csv(), { headers: { 'content-disposition': disposition, 'content-type': 'text/csv; charset=utf-8' } })
  }
  return new Response(JSON.stringify(body.json(), null, 2), {
    headers: { 'content-disposition': disposition, 'content-type': 'application/json; charset=utf-8' },
  })
}
