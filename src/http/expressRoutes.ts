import type { Express } from 'express'

/** A route an express app answers itself, with its path as OpenAPI templates it (`/api/{id}`). */
export type ExpressRoute = { method: string; path: string }

type Layer = { route?: { path: unknown; methods: Record<string, boolean> }; handle?: { stack?: Layer[] }; slash?: boolean }

/**
 * The routes registered on an express app, read from its router, including those of routers mounted
 * at the root. Catch-all routes (`/api/{*path}` into Payload, `/{*path}` into Next) and pre-checks in
 * front of Payload's own routes are left out: what they answer is listed where it is served.
 */
export function expressRoutes(app: Express): ExpressRoute[] {
  const walk = (stack: Layer[]): ExpressRoute[] =>
    stack.flatMap((layer) => {
      if (layer.route) {
        const paths = [layer.route.path].flat().filter((path): path is string => typeof path === 'string')
        return paths.flatMap((path) =>
          Object.keys(layer.route!.methods)
            .filter((method) => method !== '_all')
            .map((method) => ({ method, path })),
        )
      }
      return layer.slash && layer.handle?.stack ? walk(layer.handle.stack) : []
    })
  return walk((app.router as unknown as { stack: Layer[] }).stack)
    .filter(({ path }) => !path.includes('*'))
    .map(({ method, path }) => ({ method, path: path.replace(/:([A-Za-z0-9_]+)/g, '{$1}') }))
}
