import '../loadEnv'

import path from 'node:path'

import { createBackup } from '../backup/createBackup'
import { dataDir } from '../env'
import { terminalProgress } from '../../lib/progress'

/**
 * `npm run backup [-- <file>]`: a consistent snapshot of the embedded database and the uploads
 * in one .tar.gz, taken while the server runs. Default file: DATA_DIR/backups/weerbaar-<time>.tar.gz.
 */
const target = process.argv[2] ?? path.join(dataDir, 'backups', `weerbaar-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`)

createBackup(target, terminalProgress('backup')).then(
  ({ bytes, file, files }) => {
    process.stderr.write(`backup: ${file} (${(bytes / 1024).toFixed(0)} KiB, database and ${files} uploaded files)\n`)
  },
  (error: Error) => {
    process.stderr.write(`backup failed: ${error.message}\n`)
    process.exit(1)
  },
)
