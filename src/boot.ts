import type { Payload } from 'payload'

import { getPayload } from 'payload'

import type { Progress } from '../lib/progress'

import { terminalProgress } from '../lib/progress'
import { startSearch } from '../plugins/search'
import { applyMigrations } from './database/migrate'
import { waitForDatabase } from './database/waitForDatabase'
import { connectAttempts, databaseUri } from './env'
import { logger } from './logger'
import config from './payload.config'

/** Fills an empty workspace (the demo content). The server is handed one; it never imports it. */
export type Seeder = (payload: Payload, options: { progress: Progress }) => Promise<unknown>

/**
 * The one Payload instance of this process. Next's pages call `getPayload` too and receive this
 * same instance from Payload's process-wide cache, because it was created first.
 */
export async function bootPayload({ seedIfEmpty }: { seedIfEmpty?: Seeder }): Promise<Payload> {
  await waitForDatabase({ attempts: connectAttempts(), logger, uri: databaseUri() })
  const payload = await getPayload({ config })
  await applyMigrations(payload)
  if (seedIfEmpty) {
    const { totalDocs } = await payload.count({ collection: 'organisations', overrideAccess: true })
    if (totalDocs === 0) {
      logger.info('empty database: loading the demo content')
      await seedIfEmpty(payload, { progress: terminalProgress('seed') })
    }
  }
  await startSearch(payload, terminalProgress('search'))
  return payload
}
