import { createClient } from '@libsql/client'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { create } from 'tar'

import type { Progress } from '../../lib/progress'
import { appVersion } from '../version'
import { archiveNames, embeddedStore } from './paths'

const filesIn = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    : []

/**
 * Writes one .tar.gz with a consistent copy of the database and the uploads, while the server
 * keeps running: SQLite copies itself as of one moment (`VACUUM INTO`), so a write in progress
 * is either wholly in the copy or not at all. Uploads are copied after that moment, so every file
 * the copied database refers to is there (a file deleted in between is the one exception).
 */
export async function createBackup(target: string, progress: Progress): Promise<{ file: string; bytes: number; files: number }> {
  const store = embeddedStore()
  if (!fs.existsSync(store.database)) throw new Error(`No database at ${store.database}: nothing to back up.`)
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-backup-'))
  try {
    progress.step('database', 0, 1)
    const client = createClient({ url: `file:${store.database}` })
    try {
      await client.execute('PRAGMA busy_timeout = 10000')
      await client.execute({ args: [path.join(staging, archiveNames.database)], sql: 'VACUUM INTO ?' })
    } finally {
      client.close()
    }
    progress.step('database', 1, 1)

    const media = filesIn(store.media)
    const mediaTarget = path.join(staging, archiveNames.media)
    fs.mkdirSync(mediaTarget, { recursive: true })
    media.forEach((file, index) => {
      fs.mkdirSync(path.dirname(path.join(mediaTarget, file)), { recursive: true })
      fs.copyFileSync(path.join(store.media, file), path.join(mediaTarget, file))
      progress.step('uploads', index + 1, media.length)
    })
    if (media.length === 0) progress.step('uploads', 0, 0)

    const manifest = { createdAt: new Date().toISOString(), database: archiveNames.database, media: media.length, version: appVersion() }
    fs.writeFileSync(path.join(staging, archiveNames.manifest), JSON.stringify(manifest, null, 2))
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true })
    await create({ cwd: staging, file: target, gzip: true }, [archiveNames.manifest, archiveNames.database, archiveNames.media])
    return { bytes: fs.statSync(target).size, file: path.resolve(target), files: media.length }
  } finally {
    fs.rmSync(staging, { force: true, recursive: true })
  }
}
