import '../loadEnv'

import fs from 'node:fs'
import path from 'node:path'

import { appKeyActions, ensureAppKey } from '../../plugins/search/engine/meilisearch/appKey'
import { logger } from '../logger'

const required = (name: string) => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: the search-key service needs MEILI_HOST, MEILI_MASTER_KEY and MEILI_API_KEY_FILE.`)
  return value
}

/**
 * `npm run search-key`, the search-key service of docker-compose.yml: with the Meilisearch master
 * key, makes (or confirms) the app's own key, which may only search and keep the workspace's
 * index current, and writes it to MEILI_API_KEY_FILE for the app and the worker. They never see
 * the master key. Safe to run at every start.
 */
async function run() {
  const host = required('MEILI_HOST')
  const masterKey = required('MEILI_MASTER_KEY')
  const file = required('MEILI_API_KEY_FILE')
  const indexUid = process.env.MEILI_INDEX || 'weerbaar'
  const key = await ensureAppKey({ host, indexUid, masterKey })
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}`)
  fs.writeFileSync(partial, `${key.key}\n`, { mode: 0o600 })
  fs.renameSync(partial, file)
  logger.info({ actions: appKeyActions, file, indexes: key.indexes, uid: key.uid }, 'search key ready for the app and the worker')
}

run().then(
  () => process.exit(0),
  (error) => {
    logger.fatal({ err: error }, 'search key could not be made')
    process.exit(1)
  },
)
