import type { Payload } from 'payload'

import { getPayload } from 'payload'

import { startSearch } from '../plugins/search'
import { seed } from '../seed'
import { applyMigrations } from './database/migrate'
import { waitForDatabase } from './database/waitForDatabase'
import { connectAttempts, databaseUri } from './env'
import { terminalProgress } from './lib/progress'
import { logger } from './logger'
import config from './payload.config'

/**
 * The one Payload instance of this process. Next's pages call `getPayload` too and receive this
 * same instance from Payload's process-wide cache, because it was created first.
 */
export async function bootPayload({ seedIfEmpty }: { seedIfEmpty: boolean }): Promise<Payload> {
  await waitForDatabase({ attempts: connectAttempts(), logger, uri: databaseUri() })
  const payload = await getPayload({ config })
  await applyMigrations(payload)
  if (seedIfEmpty) {
    const { totalDocs } = await payload.count({ collection: 'organisations', overrideAccess: true })
    if (totalDocs === 0) {
      logger.info('empty database: loading the demo content')
      await seed(payload, { progress: terminalProgress('seed') })
    }
  }
  await startSearch(payload, terminalProgress('search'))
  return payload
}
