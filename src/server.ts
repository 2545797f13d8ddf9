import './loadEnv'

import type { Express } from 'express'
import type { Server } from 'node:http'
import type { Payload } from 'payload'

import compression from 'compression'
import express from 'express'
import next from 'next'
import { once } from 'node:events'

import { bootPayload, type Seeder } from './boot'
import {
  apiBudgetPerMinute,
  backgroundWorkHere,
  isProduction,
  shutdownGraceMs,
  port as configuredPort,
  projectRoot,
  publicUrl,
} from './env'
import { RequestBudget } from './http/budget'
import { turnGate } from '../lib/turnGate'
import { closeSharedCommitCounter, sharedCommitCounter } from './database/commitCounter'
import { type PublicReadCache, publicReadCache } from './http/publicReadCache'
import { searchIndexChangesOf } from '../plugins/search'
import { sameTimeForAccountQuestions } from './http/sameTime'
import { stampClientAddress } from './http/clientAddress'
import { refuseUnusableKeys } from './http/apiKeys'
import { documentTextProblems } from './textLimits'
import { handleUnexpectedError } from './http/errors'
import { unknownFilesAreMissing } from './http/fileRoutes'
import { graphql, graphqlPlayground, graphqlSchemaFile } from './http/graphql'
import { healthStateOf, operationsRoutes } from './http/operations'
import { apiReferenceRoutes } from './http/apiReference'
import { expressRoutes } from './http/expressRoutes'
import { payloadRest } from './http/payloadApi'
import { requestContext } from './http/requestContext'
import { securityHeaders } from './http/securityHeaders'
import { logger } from './logger'
import { requestMetrics } from './observability/requestMetrics'
import config from './payload.config'

export type ServerOptions = {
  port?: number
  /** Serve the admin panel and the portal through Next (default true). */
  withNext?: boolean
  /** What fills an empty database (the region and, where asked, the demo content); nothing when left out. */
  seedIfEmpty?: Seeder
  /** Whether this process competes for the background work (default: BACKGROUND_WORK, on). */
  backgroundWork?: boolean
}

export type RunningServer = {
  /** The express app, for the tests that list the routes it answers. */
  app: Express
  /** Visitors' repeated reads answered from memory (`enabled`: on unless the bench measures without it). */
  publicReads: PublicReadCache
  close: () => Promise<void>
  payload: Payload
  port: number
  url: string
}

/** See lib/turnGate: two keep a turn to a few milliseconds and lose nothing of the throughput. */
const requestsStartedPerTurn = 2

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const { backgroundWork = backgroundWorkHere(), seedIfEmpty, withNext = true } = options
  const { background, payload } = await bootPayload({ backgroundWork, seedIfEmpty })
  const state = healthStateOf(background)

  const app = express()
  app.disable('x-powered-by')
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY)
  app.use(requestContext(logger))
  app.use(stampClientAddress)
  app.use(requestMetrics)
  app.use(securityHeaders())
  app.use((_req, res, nextMiddleware) => {
    if (state.shuttingDown) res.setHeader('Connection', 'close')
    nextMiddleware()
  })

  app.use('/api', refuseUnusableKeys(payload, {}))
  app.use(operationsRoutes(payload, state))
  app.use('/api', compression())
  app.use(apiReferenceRoutes(payload, () => expressRoutes(app)))
  const guards = {
    answerFloorMs: sameTimeForAccountQuestions,
    budget: apiBudgetPerMinute() > 0 ? new RequestBudget(apiBudgetPerMinute()) : undefined,
    documentProblems: documentTextProblems(payload),
    publicReads: publicReadCache({
      config: payload.config,
      databaseCommits: () => sharedCommitCounter()?.read(),
      searchIndexChanges: () => searchIndexChangesOf(payload),
    }),
    takeTurn: turnGate(requestsStartedPerTurn),
  }
  app.post('/api/graphql', graphql(config, guards))
  app.get('/api/graphql/schema.graphql', graphqlSchemaFile(config))
  if (!isProduction) app.get('/api/graphql-playground', graphqlPlayground(config))
  app.get('/api/:collection/file/{*name}', unknownFilesAreMissing(payload))
  app.all('/api/{*path}', payloadRest(config, guards))

  const nextApp = withNext ? next({ dev: process.env.NODE_ENV === 'development', dir: projectRoot }) : undefined
  if (nextApp) {
    await nextApp.prepare()
    const handle = nextApp.getRequestHandler()
    app.all('/{*path}', (req, res) => handle(req, res))
  }
  app.use(handleUnexpectedError)

  const server: Server = app.listen(options.port ?? configuredPort())
  if (nextApp && process.env.NODE_ENV === 'development') {
    const upgrade = nextApp.getUpgradeHandler()
    server.on('upgrade', (req, socket, head) => upgrade(req, socket, head))
  }
  await once(server, 'listening')
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  logger.info(
    { database: payload.db.name, port, publicUrl: publicUrl(), url: `http://localhost:${port}` },
    `Weerbaar is listening; links in mails and exports use ${publicUrl()} (SERVER_URL)`,
  )

  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= (async () => {
      state.shuttingDown = true
      const closed = once(server, 'close')
      server.close()
      server.closeIdleConnections()
      const idleSweep = setInterval(() => server.closeIdleConnections(), 100)
      const force = setTimeout(() => server.closeAllConnections(), shutdownGraceMs)
      await closed
      clearInterval(idleSweep)
      clearTimeout(force)
      await nextApp?.close()
      await background?.stop()
      closeSharedCommitCounter()
      await payload.destroy()
    })()
    return closing
  }

  return { app, close, payload, port, publicReads: guards.publicReads, url: `http://localhost:${port}` }
}
