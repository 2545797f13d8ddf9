import '../loadEnv'

import { restoreBackup } from '../backup/restoreBackup'
import { terminalProgress } from '../../lib/progress'

/** `npm run restore -- <file>`: puts a backup from `npm run backup` in place. Stop the server first. */
const archive = process.argv[2]
if (!archive) {
  process.stderr.write('restore: say which backup to restore: npm run restore -- data/backups/weerbaar-<time>.tar.gz\n')
  process.exit(2)
}

restoreBackup(archive, terminalProgress('restore')).then(
  ({ files, setAside }) => {
    process.stderr.write(
      `restore: done, database and ${files} uploaded files in place.${setAside ? ` What was there before is in ${setAside}.` : ''} Start the server.\n`,
    )
  },
  (error: Error) => {
    process.stderr.write(`restore failed: ${error.message}\n`)
    process.exit(1)
  },
)
