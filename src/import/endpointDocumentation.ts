import type { EndpointDocumentation } from '../../lib/endpointDocumentation'

import { delimiterParameter, formatParameter, spreadsheetContent } from '../export/endpointDocumentation'

import { importableSlugs } from '../../domain/knowledge'

const collectionParameter = {
  description: 'The knowledge collection to import into.',
  in: 'path',
  name: 'collection',
  required: true,
  schema: { enum: [...importableSlugs], type: 'string' },
}

const report = {
  content: {
    'application/json': {
      schema: { description: 'Per row: created, updated or unchanged; and every problem with its row, column and cell.', type: 'object' },
    },
  },
}

/** What the API reference says about `POST /api/import/{collection}`. */
export const importDocumentation: EndpointDocumentation = {
  description:
    'A spreadsheet (CSV in UTF-8 or XLSX, at most 10 MB and 1,000 rows) as the multipart field `file`. All rows or none: a dry run reports every problem and writes nothing; a real run writes every row in one transaction, or nothing (422 with the same report). A row is matched to an existing item by its `Slug` column.',
  parameters: [
    collectionParameter,
    { description: 'Only check the file.', in: 'query', name: 'dryRun', schema: { default: false, type: 'boolean' } },
  ],
  requestBody: {
    content: {
      'multipart/form-data': {
        schema: {
          properties: { file: { contentMediaType: 'application/octet-stream', type: 'string' } },
          required: ['file'],
          type: 'object',
        },
      },
    },
    required: true,
  },
  responses: {
    200: { ...report, description: 'Checked (dry run) or written.' },
    422: { ...report, description: 'The file has problems; nothing was written.' },
  },
  summary: 'Import a spreadsheet of knowledge items',
  tags: ['import'],
}

/** What the API reference says about `GET /api/import/{collection}/template`. */
export const importTemplateDocumentation: EndpointDocumentation = {
  parameters: [collectionParameter, formatParameter('The file format.', 'csv'), delimiterParameter],
  responses: {
    200: { content: spreadsheetContent, description: 'An empty spreadsheet with the columns an import reads.' },
  },
  summary: 'The import template of a collection',
  tags: ['import'],
}
