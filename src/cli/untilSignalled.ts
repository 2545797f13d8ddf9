import { shutdownGraceMs } from '../env'
import { logger } from '../logger'

/**
 * Runs until SIGTERM or SIGINT, then `close`s (finishing what is in flight) and exits: 0 when it
 * stopped cleanly, 1 when it could not. A second signal only says that shutdown is under way.
 */
export function untilSignalled(close: () => Promise<void>): void {
  let stopping = false
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) {
        logger.info({ signal }, `already shutting down; connections are cut after ${shutdownGraceMs / 1000} s`)
        return
      }
      stopping = true
      logger.info({ signal }, 'shutting down: finishing work in flight')
      close().then(
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
