import '../loadEnv'

import { getPayload } from 'payload'

import { configuredEngine, rebuildIndex, searchOptionsOf } from '../../plugins/search'
import { EmbeddedEngine } from '../../plugins/search/engine/embedded'
import { applyMigrations } from '../database/migrate'
import { terminalProgress } from '../../lib/progress'
import { logger } from '../logger'
import config from '../payload.config'

/**
 * `npm run reindex`: rebuilds the Meilisearch index beside the live one and swaps it in, with a
 * progress bar; safe to run while the workspace serves and to run again. The embedded engine
 * lives inside the server process, which rebuilds it at every start; to rebuild it while the
 * server runs, an administrator sends POST /api/search/reindex.
 */
async function run() {
  const payload = await getPayload({ config })
  try {
    await applyMigrations(payload)
    const options = searchOptionsOf(payload)
    const engine = configuredEngine(options)
    if (engine instanceof EmbeddedEngine) {
      process.stderr.write(
        'reindex: the embedded engine keeps its index in the server process and rebuilds it at every start.\n' +
          'reindex: to rebuild it now without a restart, sign in as an administrator and POST /api/search/reindex.\n',
      )
      return
    }
    const progress = terminalProgress('reindex')
    await rebuildIndex(payload, options, engine, progress)
    progress.done(`done: ${(await engine.documentIds()).length} documents in ${engine.name}`)
  } finally {
    await payload.destroy()
  }
}

run().then(
  () => process.exit(0),
  (error) => {
    logger.fatal({ err: error }, 'reindex failed')
    process.exit(1)
  },
)
