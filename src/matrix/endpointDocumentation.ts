import type { EndpointDocumentation } from '../../lib/endpointDocumentation'

import { closedValues, matrixDimensions, matrixFilters } from '../../domain/vocabulary'
import { delimiterParameter, spreadsheetContent } from '../export/endpointDocumentation'
import { exportFormats } from '../export/format'

const query = (name: string, description: string, schema: Record<string, unknown>) => ({ description, in: 'query', name, schema })

/** What the API reference says about `GET /api/interventions-matrix`, from the vocabulary's dimensions and filters. */
export const matrixDocumentation: EndpointDocumentation = {
  description:
    'The intervention cards the caller may read, counted per cell of two classifications (by default role × prevention level): the same numbers as the portal’s matrix page and GraphQL `interventionsMatrix`. `format=csv` (with `delimiter=semicolon` for Dutch Excel), `format=xlsx` or `format=json` downloads it (recorded in the audit log for signed-in callers).',
  parameters: [
    query('rows', 'The classification along the rows.', { default: 'role', enum: [...matrixDimensions], type: 'string' }),
    query('columns', 'The classification along the columns (not the same as `rows`).', {
      default: 'preventionLevel',
      enum: [...matrixDimensions],
      type: 'string',
    }),
    query('locale', 'The language of titles and labels.', { default: 'nl', enum: ['nl', 'en'], type: 'string' }),
    query('format', 'Download as a file instead of an API answer.', { enum: [...exportFormats], type: 'string' }),
    delimiterParameter,
    ...matrixFilters.map((filter) => ({
      ...query(filter, `Only cards with one of these values of \`${filter}\` (repeat the parameter or separate with commas).`, {
        items: { type: 'string', ...(closedValues(filter) ? { enum: [...closedValues(filter)!] } : {}) },
        type: 'array',
      }),
      explode: true,
    })),
  ],
  responses: {
    200: {
      content: {
        'application/json': {
          schema: {
            properties: {
              cells: { items: { type: 'object' }, type: 'array' },
              columns: { items: { type: 'object' }, type: 'array' },
              columnsDimension: { type: 'string' },
              rows: { items: { type: 'object' }, type: 'array' },
              rowsDimension: { type: 'string' },
              total: { description: 'Cards that match the filters, each counted once.', type: 'integer' },
            },
            type: 'object',
          },
        },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
          spreadsheetContent['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        'text/csv': spreadsheetContent['text/csv'],
      },
      description: 'The matrix.',
    },
  },
  summary: 'The interventions matrix',
  tags: ['interventions-matrix'],
}
