import type { PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { curatorsMayAsk, curatorsMayChange } from '../../domain/access'
import { importableSlugs, isImportableSlug } from '../../domain/knowledge'
import { guardedEndpoint, type Refusal } from '../../lib/endpointAccess'
import { importSpreadsheet } from './importSpreadsheet'
import { downloadOptionsOf, exportResponse, refusedDownload } from '../export/format'
import { importTemplateRows } from './template'
import { importDocumentation, importTemplateDocumentation } from './endpointDocumentation'

const error = (status: number, message: string, field?: string) =>
  Response.json({ errors: [{ message, ...(field ? { field } : {}) }] }, { status })

const refusal: Refusal = { forbidden: 'Only curators and admins may import.', signIn: 'Sign in as a curator or admin to import.' }

const unknownCollection = (req: PayloadRequest) =>
  isImportableSlug(req.routeParams?.collection) ? undefined : error(400, `Import into one of: ${importableSlugs.join(', ')}.`, 'collection')

/**
 * POST /api/import/:collection with a multipart `file` (CSV or XLSX), `?dryRun=true` to check
 * only. 200 with the report when checked or written; 422 with the report when the file has
 * problems (then nothing was written).
 */
export const importEndpoint = guardedEndpoint({
  handler: async (req) => {
    const refused = unknownCollection(req)
    if (refused) return refused
    const dryRun = req.searchParams.get('dryRun') ?? 'false'
    if (dryRun !== 'true' && dryRun !== 'false') return error(400, 'dryRun must be "true" or "false".', 'dryRun')
    await addDataAndFileToRequest(req)
    if (!req.file?.data) return error(400, 'Send the spreadsheet as a multipart form field named "file" (CSV or XLSX).', 'file')
    const report = await importSpreadsheet(req.payload, {
      bytes: req.file.data,
      collection: req.routeParams!.collection as never,
      dryRun: dryRun === 'true',
      fileName: req.file.name || 'import',
      user: req.user!,
    })
    return Response.json(report, { status: report.problems.length > 0 && !report.dryRun ? 422 : 200 })
  },
  method: 'post',
  openapi: importDocumentation,
  path: '/import/:collection',
  refusal,
  rule: curatorsMayChange,
})

/**
 * GET /api/import/:collection/template[?format=xlsx|csv&delimiter=semicolon]: an empty spreadsheet
 * with the headers an import reads (CSV when no format is given).
 */
export const importTemplateEndpoint = guardedEndpoint({
  handler: async (req) => {
    const refused = unknownCollection(req)
    if (refused) return refused
    const params = new URLSearchParams(req.searchParams)
    if (!params.has('format')) params.set('format', 'csv')
    const download = downloadOptionsOf(params)
    if (!download.ok) return refusedDownload(download.error)
    const collection = req.routeParams!.collection as 'interventions'
    const rows = importTemplateRows(req.payload.collections[collection].config.fields)
    return exportResponse(download.value, `${collection}-template`, { json: () => ({ collection, headers: rows[0] }), rows: () => rows })
  },
  method: 'get',
  openapi: importTemplateDocumentation,
  path: '/import/:collection/template',
  refusal,
  rule: curatorsMayAsk,
})
