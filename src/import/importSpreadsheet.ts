import type { Payload, PayloadRequest, Where } from 'payload'

import { commitTransaction, createLocalReq, getLocalI18n, initTransaction, killTransaction } from 'payload'

import type { Progress } from '../../lib/progress'
import type { PreparedRow, RowProblem } from './prepareRows'

/** Where a problem is (a file-wide problem has no row) and what to do about it. */
export type ImportProblem = { row?: number; column?: string; cell?: string; message: string }

import { recordAuditEvent } from '../../plugins/audit-log'
import { silentProgress } from '../../lib/progress'
import { columnsOf, type ImportableCollection } from './columns'
import { isUnchanged } from './compareStored'
import { mapHeaders, type MappedColumn } from './headers'
import { loadNameIndex } from './nameIndex'
import { prepareRows } from './prepareRows'
import { readTable } from './readTable'
import { problemsFromError } from './rowError'
import { UnreadableFileError } from './table'
import { type StoredItem, writeRow } from './writeRow'

export type ImportRequest = {
  collection: ImportableCollection
  bytes: Uint8Array
  fileName: string
  /** Check everything, write nothing. */
  dryRun: boolean
  /** The user whose rights the import has: a curator or an admin. */
  user: NonNullable<PayloadRequest['user']>
  progress?: Progress
}

export type ImportReport = {
  collection: ImportableCollection
  file: string
  dryRun: boolean
  /** True only when a real run committed every row. */
  written: boolean
  rows: number
  created: number
  updated: number
  unchanged: number
  /** Problems with the file as a whole or with rows: while there are any, nothing is written. */
  problems: ImportProblem[]
  /** Columns that were not used, and other things worth knowing. */
  notes: string[]
}

/**
 * Imports a CSV or XLSX file into a collection: all rows or none. Each row is matched to an
 * existing item by its slug, so importing the same file again updates instead of duplicating.
 */
export async function importSpreadsheet(payload: Payload, request: ImportRequest): Promise<ImportReport> {
  const { collection, dryRun, fileName, progress = silentProgress } = request
  const report: ImportReport = {
    collection,
    created: 0,
    dryRun,
    file: fileName,
    notes: [],
    problems: [],
    rows: 0,
    unchanged: 0,
    updated: 0,
    written: false,
  }

  let table
  try {
    table = await readTable(request.bytes)
  } catch (error) {
    if (error instanceof UnreadableFileError) return { ...report, problems: [{ message: error.message }] }
    throw error
  }
  report.rows = table.rows.length
  report.notes.push(...table.notes)

  const columns = columnsOf(payload.collections[collection].config.fields)
  const headers = mapHeaders(table.headers, columns)
  if (headers.ignored.length > 0)
    report.notes.push(`Not imported (no such field): ${headers.ignored.map((header) => `"${header}"`).join(', ')}.`)
  if (headers.problems.length > 0) return { ...report, problems: headers.problems }

  const prepared = prepareRows(table, headers.mapped, await loadNameIndex(payload))
  const stored = await storedItems(
    payload,
    request,
    prepared.rows.map((row) => row.key),
  )
  const pending = prepared.rows.filter((row) => {
    const item = stored.get(row.key)
    return !item || !isUnchanged(row, item)
  })
  report.unchanged = prepared.rows.length - pending.length
  if (prepared.problems.length > 0) {
    // Still check the rows that did parse, so one report lists every problem of the file.
    const checked = await checkEachRow(payload, request, pending, stored, headers.mapped, progress)
    return { ...report, problems: sortProblems([...prepared.problems, ...checked]) }
  }
  if (dryRun) {
    const problems = await checkEachRow(payload, request, pending, stored, headers.mapped, progress)
    return { ...report, ...countOutcomes(pending, stored), problems }
  }

  const req = await importRequest(payload, request)
  await initTransaction(req)
  try {
    for (const [index, row] of pending.entries()) {
      await writeRow(payload, req, collection, row, stored.get(row.key))
      progress.step('writing', index + 1, pending.length)
    }
    await recordAuditEvent(req, {
      action: 'import',
      collection,
      comment: `${fileName}: ${countText(countOutcomes(pending, stored), report.unchanged)}`,
      title: fileName,
    })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    // Something refused a row only in sequence, or the database failed: nothing was written.
    const problems = await checkEachRow(payload, request, pending, stored, headers.mapped, progress)
    if (problems.length === 0) throw error
    return { ...report, problems }
  }
  progress.done(`${fileName}: ${countText(countOutcomes(pending, stored), report.unchanged)}`)
  return { ...report, ...countOutcomes(pending, stored), written: true }
}

/** A request as the importing user, in English: the collection's messages join the import's own in one report. */
async function importRequest(payload: Payload, request: ImportRequest): Promise<PayloadRequest> {
  return createLocalReq({ req: { i18n: await getLocalI18n({ config: payload.config, language: 'en' }) }, user: request.user }, payload)
}

/** The items the file's rows stand for, as the importing user may read them (latest draft included). */
async function storedItems(payload: Payload, request: ImportRequest, keys: string[]): Promise<Map<string, StoredItem>> {
  const found = new Map<string, StoredItem>()
  for (let start = 0; start < keys.length; start += 100) {
    const where: Where = { slug: { in: keys.slice(start, start + 100) } }
    const { docs } = await payload.find({
      collection: request.collection,
      depth: 0,
      draft: true,
      limit: 0,
      locale: 'all',
      overrideAccess: false,
      pagination: false,
      user: request.user,
      where,
    })
    for (const doc of docs) found.set(String(doc.slug), { ...(doc as unknown as StoredItem), id: String(doc.id) })
  }
  return found
}

/**
 * Writes each row in a transaction of its own and rolls it back: the collection's own checks
 * (validation, access, the privacy guard) speak for every row, and nothing stays behind.
 */
async function checkEachRow(
  payload: Payload,
  request: ImportRequest,
  rows: PreparedRow[],
  stored: Map<string, StoredItem>,
  mapped: MappedColumn[],
  progress: Progress,
): Promise<RowProblem[]> {
  const problems: RowProblem[] = []
  for (const [index, row] of rows.entries()) {
    const req = await importRequest(payload, request)
    await initTransaction(req)
    try {
      await writeRow(payload, req, request.collection, row, stored.get(row.key))
    } catch (error) {
      problems.push(...problemsFromError(error, row.number, mapped))
    } finally {
      await killTransaction(req)
    }
    progress.step('checking', index + 1, rows.length)
  }
  return problems
}

const countOutcomes = (rows: PreparedRow[], stored: Map<string, StoredItem>) => {
  const updated = rows.filter((row) => stored.has(row.key)).length
  return { created: rows.length - updated, updated }
}

const countText = ({ created, updated }: { created: number; updated: number }, unchanged: number) =>
  `${created} created, ${updated} updated, ${unchanged} unchanged`

const sortProblems = (problems: RowProblem[]) => [...problems].sort((a, b) => a.row - b.row)
