import '../loadEnv'

import { seed } from '../../seed'
import { logger } from '../logger'
import { shutdownGraceMs, startServer } from '../server'

/**
 * `npm start`: the workspace, with the demo content loaded into an empty database, until SIGTERM
 * or SIGINT, which finish the requests in flight first.
 */
async function main() {
  const running = await startServer({ seedIfEmpty: seed })
  let stopping = false
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) {
        logger.info({ signal }, `already shutting down; connections are cut after ${shutdownGraceMs / 1000} s`)
        return
      }
      stopping = true
      logger.info({ signal }, 'shutting down: finishing requests in flight')
      running.close().then(
        () => {
          logger.info('stopped cleanly')
          process.exit(0)
        },
        (error) => {
          logger.error({ err: error }, 'shutdown failed')
          process.exit(1)
        },
      )
    })
  }
}

// Run with `node --conditions=production --import tsx src/cli/start.ts` (see `npm start`): Lexical's
// default Node entry points use top-level await around a dynamic import, which deadlocks Node 20's
// module loader now and then (exit code 13, or a hang); the production condition loads its plain
// builds instead.
main().catch((error) => {
  logger.fatal({ err: error }, 'Weerbaar could not start')
  process.exit(1)
})
