import type { Payload } from 'payload'

import { Router } from 'express'

import type { BackgroundWork } from '../background/backgroundWork'

import { metricsEndpoint } from '../observability/metricsEndpoint'
import { health, type HealthState, readiness } from './health'

/** A process's health as its operations routes report it; `shuttingDown` is set when it stops. */
export const healthStateOf = (background: BackgroundWork | undefined): HealthState => ({
  backgroundWork: () => background?.state() ?? 'off',
  shuttingDown: false,
})

/** What operators and orchestrators ask every process, server or worker: liveness, readiness, metrics. */
export function operationsRoutes(payload: Payload, state: HealthState): Router {
  const router = Router()
  router.get('/api/health', health(payload, state))
  router.get('/api/health/ready', readiness(payload, state))
  router.get('/metrics', metricsEndpoint(payload))
  return router
}
