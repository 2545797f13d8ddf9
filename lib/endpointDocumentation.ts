/**
 * What an endpoint says about itself in the API reference: an OpenAPI 3.1 operation object (summary,
 * description, parameters, request body, responses), kept as plain JSON beside the endpoint's
 * definition so a new endpoint documents itself. The reference fills in what is left out.
 */
export type EndpointDocumentation = {
  summary?: string
  description?: string
  tags?: string[]
  parameters?: Array<Record<string, unknown>>
  requestBody?: Record<string, unknown>
  responses?: Record<string, Record<string, unknown>>
  [extension: `x-${string}`]: unknown
}

/** The key under `endpoint.custom` that holds an endpoint's `EndpointDocumentation`. */
export const endpointDocumentationKey = 'openapi'
