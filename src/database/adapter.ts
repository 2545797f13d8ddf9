import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { databaseKind, databaseUri, projectRoot } from '../env'
import { keepBusyTimeout } from './sqliteBusyTimeout'

const sqliteBusyTimeoutMs = 10_000

export const sqliteMigrationDir = path.resolve(projectRoot, 'migrations/sqlite')

/**
 * SQLite file by default, MongoDB when DATABASE_URI says so. The schema is never pushed: SQLite
 * gets committed migrations (src/database/migrate.ts), MongoDB needs none.
 */
export function databaseAdapter() {
  const uri = databaseUri()
  if (databaseKind(uri) === 'mongodb') {
    return mongooseAdapter({ ensureIndexes: true, url: uri })
  }
  const file = uri.replace(/^file:/, '').split('?')[0] ?? ''
  if (file) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const adapter = sqliteAdapter({
    busyTimeout: sqliteBusyTimeoutMs,
    client: { url: uri },
    idType: 'uuid',
    migrationDir: sqliteMigrationDir,
    push: false,
    transactionOptions: {},
    wal: true,
  })
  return {
    ...adapter,
    init: (args: Parameters<typeof adapter.init>[0]) => {
      const instance = adapter.init(args)
      const connect = instance.connect
      instance.connect = async function (this: typeof instance, ...connectArgs) {
        await connect?.apply(this, connectArgs)
        keepBusyTimeout((this as unknown as { client: Parameters<typeof keepBusyTimeout>[0] }).client, sqliteBusyTimeoutMs)
      }
      return instance
    },
  }
}
