import type { Payload } from 'payload'

import { getPayload } from 'payload'

import type { Progress } from '../lib/progress'

import { terminalProgress } from '../lib/progress'
import { startSearch } from '../plugins/search'
import { type BackgroundWork, claimBackgroundWork, startBackgroundWork } from './background/backgroundWork'
import { applyMigrations } from './database/migrate'
import { waitForDatabase } from './database/waitForDatabase'
import { checkServerUrl, connectAttempts, databaseUri, meilisearchSettings } from './env'
import { logger } from './logger'
import config from './payload.config'

/** Fills an empty workspace (the region's reference data and, where asked, the demo content). */
export type Seeder = (payload: Payload, options: { progress: Progress }) => Promise<unknown>

export type Booted = { payload: Payload; background?: BackgroundWork }

/**
 * The one Payload instance of this process. Next's pages call `getPayload` too and receive this
 * same instance from Payload's process-wide cache, because it was created first.
 *
 * With `backgroundWork`, this process competes for the background work (index changes, mail,
 * reconcile) and, when it wins, fills an empty database; without, it only serves, which needs a
 * search engine outside the process.
 */
export async function bootPayload({ backgroundWork, seedIfEmpty }: { backgroundWork: boolean; seedIfEmpty?: Seeder }): Promise<Booted> {
  checkServerUrl()
  if (!backgroundWork && !meilisearchSettings())
    throw new Error(
      'BACKGROUND_WORK=off leaves index changes to another process, but the embedded search engine keeps its index inside this one. ' +
        'Set MEILI_HOST (Meilisearch) for app replicas beside a worker, or leave BACKGROUND_WORK unset.',
    )
  await waitForDatabase({ attempts: connectAttempts(), logger, uri: databaseUri() })
  const payload = await getPayload({ config })
  await applyMigrations(payload)
  const lease = backgroundWork ? await claimBackgroundWork(payload) : undefined
  if (seedIfEmpty && lease?.isHeld()) {
    const { totalDocs } = await payload.count({ collection: 'organisations', overrideAccess: true })
    if (totalDocs === 0) {
      logger.info('empty database: loading the region (organisations, themes) and, where asked, the demo content')
      await seedIfEmpty(payload, { progress: terminalProgress('seed') })
    }
  }
  await startSearch(payload, terminalProgress('search'))
  return { background: lease ? startBackgroundWork(payload, lease) : undefined, payload }
}
