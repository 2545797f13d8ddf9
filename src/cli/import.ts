import '../loadEnv'

import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { isCurator, type SessionUser } from '../../domain/access'
import { applyMigrations } from '../database/migrate'
import { importableCollections, isImportableCollection } from '../import/columns'
import { formatReport } from '../import/formatReport'
import { importSpreadsheet } from '../import/importSpreadsheet'
import { terminalProgress } from '../../lib/progress'
import { logger } from '../logger'
import config from '../payload.config'

const usage = `usage: npm run import -- <file.csv|file.xlsx> --collection <${importableCollections.join('|')}> --as <e-mail of a curator or admin> [--dry-run]`

/**
 * `npm run import`: a CSV or XLSX file into a collection, with the rights of the named curator or
 * admin (the audit log names them). All rows or none; running it again updates the same items.
 * Safe while the server runs: the search index picks the items up from the queue.
 */
async function run(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { as: { type: 'string' }, collection: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  })
  const file = positionals[0]
  if (!file || !values.as || !isImportableCollection(values.collection)) {
    process.stderr.write(`${usage}\n`)
    return 2
  }
  if (!fs.existsSync(file)) {
    process.stderr.write(`import: ${file} does not exist.\n`)
    return 2
  }
  const payload = await getPayload({ config })
  try {
    await applyMigrations(payload)
    const { docs } = await payload.find({ collection: 'users', depth: 0, limit: 1, where: { email: { equals: values.as.toLowerCase() } } })
    const user = docs[0] as SessionUser | undefined
    if (!user || !isCurator(user)) {
      process.stderr.write(`import: ${values.as} is not a curator or admin of this workspace. Name one with --as.\n`)
      return 2
    }
    const report = await importSpreadsheet(payload, {
      bytes: fs.readFileSync(file),
      collection: values.collection,
      dryRun: Boolean(values['dry-run']),
      fileName: path.basename(file),
      progress: terminalProgress('import'),
      user: { ...user, collection: 'users' } as never,
    })
    process.stdout.write(`${formatReport(report)}\n`)
    return report.problems.length > 0 ? 1 : 0
  } finally {
    await payload.destroy()
  }
}

run().then(
  (code) => process.exit(code),
  (error) => {
    logger.fatal({ err: error }, 'import failed; nothing was written')
    process.exit(1)
  },
)
