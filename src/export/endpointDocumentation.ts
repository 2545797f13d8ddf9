import type { EndpointDocumentation } from '../../lib/endpointDocumentation'

const format = {
  description: 'The file format.',
  in: 'query',
  name: 'format',
  schema: { default: 'json', enum: ['csv', 'json'], type: 'string' },
}
const file = {
  content: { 'application/json': { schema: { type: 'object' } }, 'text/csv': { schema: { type: 'string' } } },
  description: 'The file, as an attachment.',
}

/** What the API reference says about `GET /api/export/{collection}`. */
export const collectionExportDocumentation: EndpointDocumentation = {
  description:
    'Every document of a collection, drafts included, in every language; sign-in secrets and sessions never. For the importable knowledge collections the CSV has the import’s columns, so the file can be edited and imported again. Recorded in the audit log.',
  parameters: [
    { description: 'The collection to export.', in: 'path', name: 'collection', required: true, schema: { type: 'string' } },
    format,
  ],
  responses: { 200: file },
  summary: 'Export a whole collection',
  tags: ['export'],
}

/** What the API reference says about `GET /api/search/export`. */
export const searchExportDocumentation: EndpointDocumentation = {
  description:
    'The whole result of a search (up to 1,000 hits) with the parameters of `GET /api/search` and the same access rules. Recorded in the audit log for signed-in callers.',
  parameters: [format],
  responses: { 200: file },
  summary: 'Export a search result',
  tags: ['search'],
}
