import type { EndpointDocumentation } from '../../lib/endpointDocumentation'

import { exportFormats } from './format'

/** The `format` parameter of a download. */
export const formatParameter = (description = 'The file format.', defaultFormat = 'json') => ({
  description,
  in: 'query',
  name: 'format',
  schema: { default: defaultFormat, enum: [...exportFormats], type: 'string' },
})

/** The `delimiter` parameter of a CSV download. */
export const delimiterParameter = {
  description: 'What separates CSV cells: `semicolon` for Dutch Excel (which otherwise opens the file as one column), or `comma`.',
  in: 'query',
  name: 'delimiter',
  schema: { default: 'comma', enum: ['comma', 'semicolon'], type: 'string' },
}

/** A download's possible bodies: the same rows as CSV (with a byte-order mark) or XLSX, or JSON. */
export const spreadsheetContent = {
  'application/json': { schema: { type: 'object' } },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { format: 'binary', type: 'string' } },
  'text/csv': { schema: { type: 'string' } },
}

const file = { content: spreadsheetContent, description: 'The file, as an attachment.' }
const format = formatParameter()

/** What the API reference says about `GET /api/export/{collection}`. */
export const collectionExportDocumentation: EndpointDocumentation = {
  description:
    'Every document of a collection, drafts included, in every language; sign-in secrets and sessions never. For the importable knowledge collections the CSV and XLSX have the import’s columns, so the file can be edited and imported again (drafts stay drafts). Recorded in the audit log.',
  parameters: [
    { description: 'The collection to export.', in: 'path', name: 'collection', required: true, schema: { type: 'string' } },
    format,
    delimiterParameter,
  ],
  responses: { 200: file },
  summary: 'Export a whole collection',
  tags: ['export'],
}

/** What the API reference says about `GET /api/search/export`. */
export const searchExportDocumentation: EndpointDocumentation = {
  description:
    'The whole result of a search (up to 1,000 hits) with the parameters of `GET /api/search` and the same access rules. Recorded in the audit log for signed-in callers.',
  parameters: [format, delimiterParameter],
  responses: { 200: file },
  summary: 'Export a search result',
  tags: ['search'],
}
