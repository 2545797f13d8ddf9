import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { extract } from 'tar'

import type { Progress } from '../../lib/progress'
import { archiveNames, embeddedStore } from './paths'

const sqliteCompanions = ['-wal', '-shm', '-journal']

/**
 * Puts a backup in place of the current database and uploads. The server must be stopped: a
 * running server keeps its own copy open. What was there is moved aside, not deleted, into
 * `DATA_DIR/before-restore-<time>/`, so a restore can be undone by hand.
 */
export async function restoreBackup(archive: string, progress: Progress): Promise<{ setAside?: string; files: number }> {
  if (!fs.existsSync(archive)) throw new Error(`No backup file at ${archive}.`)
  const store = embeddedStore()
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-restore-'))
  try {
    progress.step('unpack', 0, 1)
    await extract({ cwd: staging, file: archive, strict: true })
    progress.step('unpack', 1, 1)
    const manifestPath = path.join(staging, archiveNames.manifest)
    if (!fs.existsSync(manifestPath) || !fs.existsSync(path.join(staging, archiveNames.database))) {
      throw new Error(
        `${archive} is not a Weerbaar backup (no ${archiveNames.manifest} or ${archiveNames.database} inside). Make one with npm run backup.`,
      )
    }

    let setAside: string | undefined
    const existing = [store.database, ...sqliteCompanions.map((suffix) => `${store.database}${suffix}`), store.media].filter((each) =>
      fs.existsSync(each),
    )
    if (existing.length > 0) {
      setAside = path.join(store.root, `before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`)
      fs.mkdirSync(setAside, { recursive: true })
      for (const each of existing) fs.renameSync(each, path.join(setAside, path.basename(each)))
    }

    fs.mkdirSync(path.dirname(store.database), { recursive: true })
    fs.copyFileSync(path.join(staging, archiveNames.database), store.database)
    const media = path.join(staging, archiveNames.media)
    fs.mkdirSync(store.media, { recursive: true })
    const files = fs.existsSync(media)
      ? fs.readdirSync(media, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
      : []
    files.forEach((entry, index) => {
      const relative = path.relative(media, path.join(entry.parentPath, entry.name))
      fs.mkdirSync(path.dirname(path.join(store.media, relative)), { recursive: true })
      fs.copyFileSync(path.join(entry.parentPath, entry.name), path.join(store.media, relative))
      progress.step('uploads', index + 1, files.length)
    })
    return { files: files.length, setAside }
  } finally {
    fs.rmSync(staging, { force: true, recursive: true })
  }
}
