import type { SanitizedConfig } from 'payload'

import { type EndpointDocumentation, endpointDocumentationKey } from '../../lib/endpointDocumentation'
import { endpointRuleKey } from '../../lib/endpointAccess'
import { builtInOperation, isBuiltIn } from './builtInOperations'
import { commonRefusals, errorResponses, errorSchema } from './errors'
import { introduction } from './introduction'
import { type PayloadRoute, payloadRoutes } from './payloadRoutes'
import { queryParameters } from './queryParameters'
import { documentRef, documentSchemas, inputRef } from './schemas'

type Json = Record<string, unknown>

/** A route the express host answers itself (health, metrics, GraphQL, this reference), with what it says about itself. */
export type HostRoute = { method: string; path: string; documentation?: EndpointDocumentation }

export type ApiReferenceOptions = {
  config: SanitizedConfig
  hostRoutes: HostRoute[]
  version: string
}

/** A name people read for a collection or global: its English plural label, else its slug. */
function nameOf(route: PayloadRoute): string {
  const labels =
    route.owner.kind === 'collection'
      ? route.owner.collection.labels?.plural
      : route.owner.kind === 'global'
        ? route.owner.global.label
        : undefined
  const label = typeof labels === 'object' && labels ? (labels as Record<string, unknown>).en : labels
  return typeof label === 'string'
    ? label
    : route.owner.kind === 'collection'
      ? route.owner.collection.slug
      : route.owner.kind === 'global'
        ? route.owner.global.slug
        : 'API'
}

const tagOf = (route: PayloadRoute) =>
  route.owner.kind === 'collection'
    ? route.owner.collection.slug
    : route.owner.kind === 'global'
      ? `globals/${route.owner.global.slug}`
      : undefined

const pathParametersOf = (path: string) =>
  [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => ({ in: 'path', name, required: true, schema: { type: 'string' } }))

/** `summary` from the rule's name and the path, for an endpoint that says nothing about itself. */
const bareSummary = (method: string, path: string) => `${method.toUpperCase()} ${path}`

/**
 * One operation for a custom endpoint: what it says about itself (`custom.openapi`) over a bare
 * entry, so an endpoint that says nothing is still listed, with the rule that guards it.
 */
function customOperation(route: PayloadRoute): Json {
  const documentation = (route.endpoint.custom?.[endpointDocumentationKey] ?? {}) as EndpointDocumentation
  const tag = tagOf(route) ?? route.path.split('/')[2] ?? 'api'
  return {
    summary: bareSummary(route.method, route.path),
    tags: [tag],
    ...documentation,
    responses: documentation.responses ?? { 200: { description: 'Answered; the body is JSON unless the endpoint says otherwise.' } },
    'x-access-rule': String(route.endpoint.custom?.[endpointRuleKey] ?? 'unnamed'),
  }
}

function payloadOperation(config: SanitizedConfig, route: PayloadRoute): Json {
  const tag = tagOf(route)
  const slug =
    route.owner.kind === 'collection' ? route.owner.collection.slug : route.owner.kind === 'global' ? route.owner.global.slug : ''
  const builtIn =
    isBuiltIn(route) && !route.endpoint.custom?.[endpointRuleKey]
      ? builtInOperation(config, route, nameOf(route), documentRef(slug), inputRef(slug))
      : undefined
  return builtIn ? { ...builtIn, tags: [tag ?? 'access'] } : customOperation(route)
}

/** Adds the path parameters, the refusals and an operation id every operation shares. */
function completed(method: string, path: string, operation: Json): Json {
  const declared = (operation.parameters as Json[] | undefined) ?? []
  const declaredPathNames = new Set(declared.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name))
  const pathParameters = pathParametersOf(path).filter((parameter) => !declaredPathNames.has(parameter.name))
  return {
    operationId: `${method}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase())}`,
    ...operation,
    parameters: [...pathParameters, ...declared],
    responses: { ...commonRefusals(method, pathParameters.length > 0), ...(operation.responses as Json) },
  }
}

/**
 * The OpenAPI 3.1 document of the whole API, generated from the running configuration: every
 * route Payload serves (its own and every custom endpoint, each with the named rule that guards it)
 * and every route of the express host, with the document schemas of `payload generate:types`.
 */
export function apiReference({ config, hostRoutes, version }: ApiReferenceOptions): Json {
  const locales = config.localization ? config.localization.localeCodes : []
  const defaultLocale = config.localization ? config.localization.defaultLocale : undefined
  const paths: Record<string, Json> = {}
  const add = (method: string, path: string, operation: Json) => {
    paths[path] = { ...paths[path], [method]: completed(method, path, operation) }
  }
  for (const route of payloadRoutes(config)) add(route.method, route.path, payloadOperation(config, route))
  for (const route of hostRoutes) {
    add(route.method, route.path, {
      summary: bareSummary(route.method, route.path),
      tags: ['host'],
      ...route.documentation,
      responses: route.documentation?.responses ?? { 200: { description: 'Answered.' } },
    })
  }
  return {
    components: {
      parameters: queryParameters(locales, defaultLocale),
      responses: errorResponses,
      schemas: { ...documentSchemas(config), Error: errorSchema },
      securitySchemes: {
        apiKey: {
          bearerFormat: 'wb_…',
          description:
            'A Weerbaar API key, issued by an administrator under API keys: `Authorization: Bearer wb_…` (or `users API-Key wb_…`). It acts as its account, read-only unless issued read-write; an unknown, revoked or expired key is a 401, never anonymous access.',
          scheme: 'bearer',
          type: 'http',
        },
        jwt: {
          description: 'The `token` from `POST /api/users/login`, sent as `Authorization: JWT <token>`.',
          in: 'header',
          name: 'Authorization',
          type: 'apiKey',
        },
        session: {
          description: 'The session cookie `POST /api/users/login` sets; what the portal and the admin panel use.',
          in: 'cookie',
          name: 'weerbaar-token',
          type: 'apiKey',
        },
      },
    },
    info: { description: introduction, title: 'Weerbaar API', version },
    openapi: '3.1.0',
    paths,
    // Anyone may call; what they get is decided per operation by the rule in `x-access-rule`.
    security: [{}, { session: [] }, { jwt: [] }, { apiKey: [] }],
  }
}
