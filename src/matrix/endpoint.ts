import type { Endpoint } from 'payload'

import { anyoneMayAsk } from '../../domain/access'
import { guardedEndpoint } from '../../lib/endpointAccess'
import { recordAuditEvent } from '../../plugins/audit-log'
import { csvDelimiterOf, exportResponse } from '../export/format'
import { computeMatrix } from './compute'
import { matrixRows } from './csv'
import { matrixDocumentation } from './endpointDocumentation'
import { parseMatrixParams } from './params'

/**
 * GET /api/interventions-matrix: the matrix as JSON, or a download with `format=csv` (and
 * `delimiter=semicolon`), `format=xlsx` or `format=json`. The same
 * parameters, access rules and numbers as the portal page and GraphQL `interventionsMatrix`.
 */
export const matrixEndpoint: Endpoint = guardedEndpoint({
  handler: async (req) => {
    const params = req.searchParams
    const parsed = parseMatrixParams(params)
    const delimiter = csvDelimiterOf(params)
    if (!parsed.ok || !delimiter.ok) {
      return Response.json({ errors: [...(parsed.ok ? [] : parsed.errors), ...(delimiter.ok ? [] : [delimiter.error])] }, { status: 400 })
    }
    const matrix = await computeMatrix(req.payload, req.user, parsed.query)
    const format = params.get('format')
    // Without a format it is an API read; with one, a download worth recording.
    if (format !== 'csv' && format !== 'json' && format !== 'xlsx') return Response.json(matrix)
    if (req.user) {
      await recordAuditEvent(req, {
        action: 'export',
        collection: 'interventions',
        comment: `Interventions matrix as ${format.toUpperCase()}: ${params.toString()}`,
        title: 'Interventiematrix',
      })
    }
    return exportResponse({ delimiter: delimiter.value, format }, 'interventiematrix', {
      json: () => matrix,
      rows: () => matrixRows(matrix, parsed.query.locale),
    })
  },
  method: 'get',
  openapi: matrixDocumentation,
  path: '/interventions-matrix',
  refusal: { forbidden: 'Your account may not read the interventions matrix.', signIn: 'Sign in to read the interventions matrix.' },
  rule: anyoneMayAsk,
})
