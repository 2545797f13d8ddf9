import type { EndpointDocumentation } from '../../lib/endpointDocumentation'

const text = (description: string) => ({ content: { 'text/plain': { schema: { type: 'string' } } }, description })
const json = (description: string, schema: Record<string, unknown> = { type: 'object' }) => ({
  content: { 'application/json': { schema } },
  description,
})

/**
 * What the API reference says about the routes the express host answers itself, by `method path`.
 * The routes are read from the app; one missing here is still listed, with its path as summary.
 */
export const hostRouteDocs: Record<string, EndpointDocumentation> = {
  'get /api/docs': {
    responses: { 200: { content: { 'text/html': { schema: { type: 'string' } } }, description: 'The reference page.' } },
    summary: 'This reference, as a page to read and try out',
    tags: ['reference'],
    'x-access-rule': 'anyoneMayAsk',
  },
  'get /api/graphql-playground': {
    description: 'Not in production.',
    responses: { 200: { content: { 'text/html': { schema: { type: 'string' } } }, description: 'The playground.' } },
    summary: 'GraphQL playground (development only)',
    tags: ['graphql'],
    'x-access-rule': 'anyone',
  },
  'get /api/graphql/schema.graphql': {
    description: 'The SDL of the GraphQL API, the same as `schema.graphql` in the repository; generate a typed client from it.',
    responses: { 200: text('The schema in GraphQL SDL.') },
    summary: 'The GraphQL schema',
    tags: ['graphql'],
    'x-access-rule': 'anyoneMayAsk',
  },
  'get /api/health': {
    responses: { 200: json('The process is alive.'), 503: json('The process is shutting down.') },
    summary: 'Liveness',
    tags: ['operations'],
    'x-access-rule': 'anyone',
  },
  'get /api/health/ready': {
    responses: { 200: json('Ready for requests: the database answers.'), 503: json('Not ready; `reason` says why.') },
    summary: 'Readiness',
    tags: ['operations'],
    'x-access-rule': 'anyone',
  },
  'get /api/openapi.json': {
    responses: { 200: json('The OpenAPI 3.1 document.') },
    summary: 'This reference, as an OpenAPI 3.1 document',
    tags: ['reference'],
    'x-access-rule': 'anyoneMayAsk',
  },
  'get /metrics': {
    responses: { 200: text('Metrics in the Prometheus text format.') },
    summary: 'Prometheus metrics',
    tags: ['operations'],
    'x-access-rule': 'metrics token: `Authorization: Bearer <METRICS_TOKEN>`; off in production without one',
  },
  'post /api/graphql': {
    description:
      'Queries and mutations over the same content and access rules as REST. Costed per query (`src/graphql/cost.ts`): an over-costly query is a 400, and the cost counts against the per-minute budget.',
    requestBody: {
      content: {
        'application/json': {
          schema: {
            properties: { operationName: { type: 'string' }, query: { type: 'string' }, variables: { type: 'object' } },
            required: ['query'],
            type: 'object',
          },
        },
      },
      required: true,
    },
    responses: { 200: json('`{ data, errors? }` as GraphQL answers.') },
    summary: 'GraphQL',
    tags: ['graphql'],
    'x-access-rule': 'the collections’ rules, per field read',
  },
}
