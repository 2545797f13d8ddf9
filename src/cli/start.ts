import '../loadEnv'

import { seed } from '../../seed'
import { logger } from '../logger'
import { startServer } from '../server'
import { untilSignalled } from './untilSignalled'

/**
 * `npm start`: the workspace, with the region loaded into an empty database, until SIGTERM or
 * SIGINT, which finish the requests in flight first.
 */
async function main() {
  const running = await startServer({ seedIfEmpty: seed })
  untilSignalled(running.close)
}

// Run with `node --conditions=production --import tsx src/cli/start.ts` (see `npm start`): Lexical's
// default Node entry points use top-level await around a dynamic import, which deadlocks Node 20's
// module loader now and then (exit code 13, or a hang); the production condition loads its plain
// builds instead.
main().catch((error) => {
  logger.fatal({ err: error }, 'Weerbaar could not start')
  process.exit(1)
})
