import '../loadEnv'

import express from 'express'
import { once } from 'node:events'

import { seed } from '../../seed'
import { bootPayload } from '../boot'
import { meilisearchSettings, port } from '../env'
import { healthStateOf, operationsRoutes } from '../http/operations'
import { requestContext } from '../http/requestContext'
import { logger } from '../logger'
import { untilSignalled } from './untilSignalled'

/**
 * `npm run worker`: the background work alone (search index changes, mail, reconcile, loading the
 * region into an empty database), for a deployment whose app replicas run with
 * BACKGROUND_WORK=off. It answers only /api/health, /api/health/ready and /metrics on PORT.
 * Several workers are safe: one holds the lease and works, the others stand by.
 */
async function main() {
  if (!meilisearchSettings())
    throw new Error(
      'npm run worker needs Meilisearch (MEILI_HOST): the embedded search engine keeps its index inside the serving process, ' +
        'so on one machine `npm start` does the background work itself.',
    )
  const { background, payload } = await bootPayload({ backgroundWork: true, seedIfEmpty: seed })
  const state = healthStateOf(background)
  const app = express()
  app.disable('x-powered-by')
  app.use(requestContext(logger))
  app.use(operationsRoutes(payload, state))
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: 'This is the worker: it answers /api/health, /api/health/ready and /metrics only.' }] })
  })
  const server = app.listen(port())
  await once(server, 'listening')
  logger.info({ port: port() }, 'worker is running')
  untilSignalled(async () => {
    state.shuttingDown = true
    server.close()
    server.closeAllConnections()
    await background?.stop()
    await payload.destroy()
  })
}

main().catch((error) => {
  logger.fatal({ err: error }, 'the worker could not start')
  process.exit(1)
})
