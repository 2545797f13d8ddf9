import type { Endpoint, SanitizedCollectionConfig, SanitizedConfig, SanitizedGlobalConfig } from 'payload'

/** Whose endpoint a route is: a collection's, a global's, or the API's own. */
export type RouteOwner =
  { kind: 'collection'; collection: SanitizedCollectionConfig } | { kind: 'global'; global: SanitizedGlobalConfig } | { kind: 'root' }

/** One route Payload answers: the method, the OpenAPI path template under the API root, and the endpoint behind it. */
export type PayloadRoute = {
  method: string
  /** As OpenAPI writes it: `/api/interventions/{id}`. */
  path: string
  /** As the endpoint declares it, relative to its owner: `/:id`. */
  endpointPath: string
  endpoint: Endpoint
  owner: RouteOwner
}

/**
 * An endpoint path as OpenAPI templates: `:id` becomes `{id}`, and a path with an optional
 * parameter (`/access/:id?`) is two paths, with and without it, as OpenAPI has no optional segment.
 */
export function pathTemplates(endpointPath: string): string[] {
  const trimmed = endpointPath === '/' ? '' : endpointPath
  const template = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')
  const optional = /\/:([A-Za-z0-9_]+)\?$/.exec(trimmed)
  if (!optional) return [template(trimmed)]
  const without = trimmed.slice(0, optional.index)
  return [template(without), template(`${without}/:${optional[1]}`)]
}

/**
 * Every route Payload serves under the API root, read from the sanitized config: each collection's
 * and global's endpoints (Payload's own CRUD, auth and upload routes are among them) and the
 * config's endpoints. Whatever a plugin or a collection adds is listed without being named here.
 */
export function payloadRoutes(config: SanitizedConfig): PayloadRoute[] {
  const api = config.routes.api
  const routesOf = (endpoints: Endpoint[] | false | undefined, base: string, owner: RouteOwner): PayloadRoute[] =>
    (endpoints || []).flatMap((endpoint) =>
      pathTemplates(endpoint.path).map((path) => ({
        endpoint,
        endpointPath: endpoint.path,
        method: endpoint.method,
        owner,
        path: `${base}${path}`,
      })),
    )
  return [
    ...config.collections.flatMap((collection) =>
      routesOf(collection.endpoints, `${api}/${collection.slug}`, { collection, kind: 'collection' }),
    ),
    ...config.globals.flatMap((global) => routesOf(global.endpoints, `${api}/globals/${global.slug}`, { global, kind: 'global' })),
    ...routesOf(config.endpoints, api, { kind: 'root' }),
  ]
}
