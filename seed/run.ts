import '../src/loadEnv'

import { getPayload } from 'payload'

import { applyMigrations } from '../src/database/migrate'
import { terminalProgress } from '../lib/progress'
import { logger } from '../src/logger'
import config from '../src/payload.config'
import { seed } from './index'

/** `npm run seed`: safe to run again; only what is missing is added. */
async function run() {
  const payload = await getPayload({ config })
  try {
    await applyMigrations(payload)
    await seed(payload, { progress: terminalProgress('seed') })
  } finally {
    await payload.destroy()
  }
}

run().then(
  () => process.exit(0),
  (error) => {
    logger.fatal({ err: error }, 'seed failed')
    process.exit(1)
  },
)
