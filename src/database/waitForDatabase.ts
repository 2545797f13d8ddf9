import type { Logger } from 'pino'

import { probeDatabase } from './probeDatabase'

const firstWaitMs = 1_000
const longestWaitMs = 30_000

/** The database's address without its password, for the log. */
const redacted = (uri: string) => uri.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')

type WaitOptions = {
  uri: string
  logger: Logger
  /** Give up after this many attempts (default: never, as a supervisor would only start it again). */
  attempts?: number
  sleep?: (ms: number) => Promise<void>
}

/**
 * Waits until the database answers, saying why not and when it tries again, with waits doubling
 * from 1 s to 30 s. A server that exits instead is restarted by its supervisor straight into the
 * same failure: a crash loop whose log hides the one line that explains it.
 */
export async function waitForDatabase({
  attempts = Number.POSITIVE_INFINITY,
  logger,
  sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  uri,
}: WaitOptions): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await probeDatabase(uri)
      if (attempt > 1) logger.info({ attempt, database: redacted(uri) }, 'database reachable: starting')
      return
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      if (attempt >= attempts) throw new Error(`The database at ${redacted(uri)} cannot be reached after ${attempt} attempts: ${reason}`)
      const waitMs = Math.min(longestWaitMs, firstWaitMs * 2 ** (attempt - 1))
      logger.warn(
        { attempt, database: redacted(uri), reason, retryInSeconds: waitMs / 1000 },
        `database unreachable (${reason}); trying again in ${waitMs / 1000} s`,
      )
      await sleep(waitMs)
    }
  }
}
