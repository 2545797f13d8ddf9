import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { databaseKind, databaseUri, dataDir, isDefaultDatabase, projectRoot } from '../env'
import { logger } from '../logger'
import { type LibsqlClient, queueSqliteWrites } from './sqliteWriteQueue'
import { reusePreparedStatements } from './statementCache'

const sqliteBusyTimeoutMs = 5_000

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
  // A configured path whose directory is missing is a volume not mounted yet: wait for it, don't create it.
  if (isDefaultDatabase()) fs.mkdirSync(dataDir, { recursive: true })
  reusePreparedStatements()
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
        queueSqliteWrites((this as unknown as { client: LibsqlClient }).client, {
          busyTimeoutMs: sqliteBusyTimeoutMs,
          maxWaitMs: 30_000,
          onStuck: () => logger.warn('SQLite: a write waited 30 s for the one before it; going ahead'),
        })
      }
      return instance
    },
  }
}
