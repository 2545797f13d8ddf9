import type { Payload, Where } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { DigestSchedule } from '../../../domain/notifications'

import { type Progress, silentProgress } from '../../../lib/progress'
import { queueMail } from '../../mail/queue'
import { digestMail } from '../mails'
import { type Reader, loadReaders } from '../readers'
import { notificationWords } from '../words'
import { type DigestContent, digestSource, followKeysByUser } from './collect'
import { completedPeriod, type DigestPeriod, describePeriod } from './periods'

export type DigestReport = {
  period: DigestPeriod
  /** People on this schedule. */
  readers: number
  /** Digests queued now (or, in a dry run, that would be). */
  mailed: number
  /** Already sent for this period by an earlier run. */
  alreadySent: number
  /** Nothing new they may read in what they follow: no mail. */
  nothingNew: number
  /** Items made live in the period. */
  items: number
}

const batchSize = 500
/** Digests recorded per transaction: one commit each would make the database's commits the cost. */
const writeBatch = 50

const deliveryKey = (reader: Reader, period: DigestPeriod) => `${reader.id}:${period.schedule}:${period.key}`

/** Who gets this schedule's digest; accounts from before the setting existed get the default, weekly. */
const readersOf = (schedule: DigestSchedule): Where =>
  schedule === 'weekly'
    ? { or: [{ 'notificationSettings.digest': { equals: 'weekly' } }, { 'notificationSettings.digest': { exists: false } }] }
    : { 'notificationSettings.digest': { equals: schedule } }

/**
 * Records these digests as sent and queues their mails, all in one transaction: a run cut off
 * half-way leaves each digest either recorded with its mail queued, or neither.
 */
async function record(
  payload: Payload,
  period: DigestPeriod,
  due: { reader: Reader; key: string; groups: DigestContent; count: number }[],
) {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    for (const { count, groups, key, reader } of due) {
      // Bookkeeping only this run writes: straight to the database, whose unique key is the guard.
      await payload.db.create({
        collection: 'digest-deliveries',
        data: { items: count, key, period: period.schedule, periodKey: period.key, user: reader.id },
        req,
      })
      await queueMail(payload, digestMail(payload, reader, describePeriod(period, reader.language), groups), req)
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function sentBefore(payload: Payload, keys: string[]): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: 'digest-deliveries',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { key: true },
    where: { key: { in: keys } },
  })
  return new Set(docs.map((doc) => String(doc.key)))
}

/**
 * Sends the digest of the last whole day or week before `at` to everyone on that schedule: one
 * mail each, listing what was made live in what they follow and they may read, grouped by theme.
 * The record of each digest is written with its queued mail in one transaction, so a retried or
 * repeated run (by the schedule or by hand) sends nobody a second one; nothing new, no mail.
 */
export async function runDigest(
  payload: Payload,
  {
    at = new Date(),
    dryRun = false,
    progress = silentProgress,
    schedule,
  }: { schedule: DigestSchedule; at?: Date; dryRun?: boolean; progress?: Progress },
): Promise<DigestReport> {
  const period = completedPeriod(schedule, at)
  const source = await digestSource(payload, period)
  const readers = await loadReaders(payload, readersOf(schedule))
  const report: DigestReport = { alreadySent: 0, items: source.items.length, mailed: 0, nothingNew: 0, period, readers: readers.length }
  progress.step(`${schedule} ${period.key}`, 0, readers.length)
  for (let start = 0; start < readers.length; start += batchSize) {
    const batch = readers.slice(start, start + batchSize)
    const follows = await followKeysByUser(
      payload,
      batch.map((reader) => reader.id),
    )
    const sent = await sentBefore(
      payload,
      batch.map((reader) => deliveryKey(reader, period)),
    )
    const due: { reader: Reader; key: string; groups: DigestContent; count: number }[] = []
    for (const reader of batch) {
      const key = deliveryKey(reader, period)
      if (sent.has(key)) {
        report.alreadySent += 1
        continue
      }
      const groups = await source.digestFor(
        reader,
        follows.get(String(reader.id)) ?? [],
        notificationWords[reader.language].digest.otherTheme,
      )
      const count = groups.reduce((sum, group) => sum + group.items.length, 0)
      if (count === 0) report.nothingNew += 1
      else due.push({ count, groups, key, reader })
    }
    report.mailed += due.length
    if (!dryRun)
      for (let first = 0; first < due.length; first += writeBatch) await record(payload, period, due.slice(first, first + writeBatch))
    progress.step(`${schedule} ${period.key}`, Math.min(start + batchSize, readers.length), readers.length)
  }
  return report
}
