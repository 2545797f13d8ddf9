import type { Payload } from 'payload'

import express, { Router } from 'express'
import { createRequire } from 'node:module'
import path from 'node:path'

import { anyoneMayAsk } from '../../domain/access'
import { apiReference, type HostRoute } from '../apiReference/document'
import { appVersion } from '../version'
import { type ExpressRoute } from './expressRoutes'
import { hostRouteDocs } from './hostRouteDocs'

const swaggerUiDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))
const pageDir = path.join(import.meta.dirname, 'apiDocs')

/**
 * `GET /api/openapi.json`, the API reference generated from the configuration and the host's own
 * routes, and `GET /api/docs`, Swagger UI reading it, served from `swagger-ui-dist` with our own
 * start script (no inline script, so the content security policy holds; no CDN).
 */
export function apiReferenceRoutes(payload: Payload, hostRoutes: () => ExpressRoute[]): Router {
  let document: Record<string, unknown> | undefined
  const router = Router()
  router.use(['/api/openapi.json', '/api/docs'], (_req, res, next) => (anyoneMayAsk() ? next() : void res.status(403).end()))
  router.get('/api/openapi.json', (_req, res) => {
    // The configuration and the routes are fixed once the server listens: one document per process.
    document ??= apiReference({
      config: payload.config,
      hostRoutes: hostRoutes().map(({ method, path: routePath }): HostRoute => ({
        documentation: hostRouteDocs[`${method} ${routePath}`],
        method,
        path: routePath,
      })),
      version: appVersion(),
    })
    res.json(document)
  })
  router.get('/api/docs', (_req, res) => res.sendFile(path.join(pageDir, 'index.html')))
  router.use('/api/docs', express.static(pageDir, { index: false }), express.static(swaggerUiDir, { index: false }))
  return router
}
