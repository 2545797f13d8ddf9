import type { CollectionSlug, Endpoint, Payload, PayloadRequest } from 'payload'

import { adminsMayAsk } from '../../domain/access'
import { isImportableSlug } from '../../domain/knowledge'
import { guardedEndpoint } from '../../lib/endpointAccess'
import { recordAuditEvent } from '../../plugins/audit-log'
import { columnsOf } from '../import/columns'
import { flattenDocument, withoutSecrets } from './flattenDocument'
import { downloadOptionsOf, exportResponse, refusedDownload } from './format'
import { importableCells, namesById } from './importableRows'
import { collectionExportDocumentation } from './endpointDocumentation'

const batch = 500

/** Payload's own bookkeeping is not a collection anyone exports. */
const isExportable = (payload: Payload, slug: string | undefined): slug is CollectionSlug =>
  Boolean(slug && payload.collections[slug as CollectionSlug] && !slug.startsWith('payload-'))

/** Every document of a collection in every language, latest version (draft or not), read as the admin. */
async function everyDocument(req: PayloadRequest, collection: CollectionSlug) {
  const docs: Record<string, unknown>[] = []
  const drafts = Boolean(req.payload.collections[collection].config.versions?.drafts)
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection,
      depth: 0,
      draft: drafts,
      limit: batch,
      locale: 'all',
      overrideAccess: false,
      page,
      req,
      sort: 'createdAt',
      user: req.user,
    })
    docs.push(...(result.docs as unknown as Record<string, unknown>[]))
    if (!result.hasNextPage) return docs
  }
}

/** The collection as spreadsheet rows, for CSV and XLSX alike. */
async function toRows(req: PayloadRequest, collection: CollectionSlug, docs: Record<string, unknown>[]): Promise<unknown[][]> {
  if (isImportableSlug(collection)) {
    const columns = columnsOf(req.payload.collections[collection].config.fields)
    const names = await namesById(req.payload)
    return [['ID', ...columns.map((column) => column.header)], ...docs.map((doc) => [doc.id, ...importableCells(doc, columns, names)])]
  }
  const rows = docs.map(flattenDocument)
  const headers = [...new Set(rows.flatMap((row) => [...row.keys()]))]
  return [headers, ...rows.map((row) => headers.map((header) => row.get(header) ?? ''))]
}

/**
 * GET /api/export/:collection?format=csv|xlsx|json[&delimiter=semicolon], for admins: the whole
 * collection. The knowledge collections' CSV and XLSX have the columns an import reads, so the file
 * can be edited and imported again.
 */
export const collectionExportEndpoint: Endpoint = guardedEndpoint({
  handler: async (req) => {
    const collection = req.routeParams?.collection as string | undefined
    if (!isExportable(req.payload, collection)) {
      const known = Object.keys(req.payload.collections).filter((slug) => isExportable(req.payload, slug))
      return Response.json(
        { errors: [{ field: 'collection', message: `Unknown collection. Export one of: ${known.join(', ')}.` }] },
        { status: 404 },
      )
    }
    const download = downloadOptionsOf(req.searchParams)
    if (!download.ok) return refusedDownload(download.error)
    const docs = await everyDocument(req, collection)
    await recordAuditEvent(req, {
      action: 'export',
      collection,
      comment: `Whole collection as ${download.value.format}`,
      title: `${docs.length} documents`,
    })
    return exportResponse(download.value, collection, {
      rows: () => toRows(req, collection, docs),
      json: () => ({ collection, docs: withoutSecrets(docs), exportedAt: new Date().toISOString(), total: docs.length }),
    })
  },
  method: 'get',
  openapi: collectionExportDocumentation,
  path: '/export/:collection',
  refusal: {
    forbidden: 'Only admins may export a whole collection. Use the search export for what you can see.',
    signIn: 'Sign in as an admin to export a whole collection, or use the search export for what everyone can see.',
  },
  rule: adminsMayAsk,
})
