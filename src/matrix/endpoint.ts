import type { Endpoint } from 'payload'

import { recordAuditEvent } from '../../plugins/audit-log'
import { computeMatrix } from './compute'
import { matrixToCsv } from './csv'
import { parseMatrixParams } from './params'

/**
 * GET /api/interventions-matrix: the matrix as JSON, or as CSV with `format=csv`. The same
 * parameters, access rules and numbers as the portal page and GraphQL `interventionsMatrix`.
 */
export const matrixEndpoint: Endpoint = {
  handler: async (req) => {
    const params = req.searchParams
    const parsed = parseMatrixParams(params)
    if (!parsed.ok) {
      return Response.json({ errors: parsed.errors }, { status: 400 })
    }
    const matrix = await computeMatrix(req.payload, req.user, parsed.query)
    if (params.get('format') !== 'csv') return Response.json(matrix)
    if (req.user) {
      await recordAuditEvent(req, {
        action: 'export',
        collection: 'interventions',
        comment: `Interventions matrix as CSV: ${params.toString()}`,
        title: 'Interventiematrix',
      })
    }
    return new Response(matrixToCsv(matrix, parsed.query.locale), {
      headers: {
        'content-disposition': 'attachment; filename="interventiematrix.csv"',
        'content-type': 'text/csv; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: '/interventions-matrix',
}
