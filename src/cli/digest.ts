import '../loadEnv'

import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { terminalProgress } from '../../lib/progress'
import { applyMigrations } from '../database/migrate'
import { logger } from '../logger'
import { runDigest } from '../notifications'
import config from '../payload.config'

const usage = 'usage: npm run digest -- --period <daily|weekly> [--dry-run] [--at <date and time, e.g. 2026-12-07T07:00>]'

/**
 * `npm run digest -- --period weekly`: sends the digest of the last whole week (or day) by hand,
 * as the schedule does on Monday mornings; `--at` names another moment (to make up for a run that
 * did not happen). Safe to repeat: who got this period's digest does not get it again. The mails
 * are queued and sent by the process doing the background work (the server, or the worker).
 */
async function run(): Promise<number> {
  const { values } = parseArgs({ options: { at: { type: 'string' }, 'dry-run': { type: 'boolean' }, period: { type: 'string' } } })
  const schedule = values.period
  const at = values.at ? new Date(values.at) : new Date()
  if ((schedule !== 'daily' && schedule !== 'weekly') || Number.isNaN(at.getTime())) {
    process.stderr.write(`${usage}\n`)
    return 2
  }
  const payload = await getPayload({ config })
  try {
    await applyMigrations(payload)
    const dryRun = Boolean(values['dry-run'])
    const progress = terminalProgress('digest')
    const report = await runDigest(payload, { at, dryRun, progress, schedule })
    const { period } = report
    progress.done(
      [
        `${schedule} digest for ${period.key} (${period.from.toISOString()} to ${period.until.toISOString()}): ${report.items} items made live.`,
        `${report.readers} people get this digest: ${report.mailed} ${dryRun ? 'would be mailed (dry run: nothing sent)' : 'mailed now'}, ${report.alreadySent} already had it, ${report.nothingNew} had nothing new.`,
        ...(dryRun || report.mailed === 0 ? [] : ['The mails are queued; the server (or worker) sends them at MAIL_RATE_PER_MINUTE.']),
      ].join('\n'),
    )
    return 0
  } finally {
    await payload.destroy()
  }
}

run().then(
  (code) => process.exit(code),
  (error) => {
    logger.fatal({ err: error }, 'digest failed')
    process.exit(1)
  },
)
