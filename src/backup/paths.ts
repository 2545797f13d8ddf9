import path from 'node:path'

import { databaseKind, databaseUri, dataDir, mediaDir } from '../env'

/** Where the embedded default keeps what a backup must hold. */
export function embeddedStore() {
  if (databaseKind() !== 'sqlite') {
    throw new Error(
      'backup and restore cover the embedded default (SQLite and uploads in DATA_DIR). For MongoDB use mongodump/mongorestore, and for Meilisearch its dumps: see the README, "Backups".',
    )
  }
  return {
    database: path.resolve(
      databaseUri()
        .replace(/^file:/, '')
        .split('?')[0]!,
    ),
    media: mediaDir(),
    root: dataDir,
  }
}

/** Names inside a backup archive. */
export const archiveNames = { database: 'weerbaar.db', manifest: 'manifest.json', media: 'media' }
