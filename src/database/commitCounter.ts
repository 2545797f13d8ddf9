import Database from 'libsql'
import { fileURLToPath } from 'node:url'

import { databaseKind, databaseUri } from '../env'

/** A number that changes whenever any connection, in this process or another, commits to the database. */
export type CommitCounter = { read: () => number; close: () => void }

/**
 * SQLite counts commits itself: `PRAGMA data_version` on one connection changes whenever another
 * connection commits (Payload's own, which libsql opens anew for every transaction, `npm run seed`,
 * a second server). Reading it costs a few microseconds and no I/O, so an answer made from the
 * database can be checked against every later commit on every request. MongoDB has no such
 * counter; there is none (undefined).
 */
function databaseCommitCounter(uri = databaseUri()): CommitCounter | undefined {
  if (databaseKind(uri) !== 'sqlite') return undefined
  const file = uri.startsWith('file://') ? fileURLToPath(uri) : uri.slice('file:'.length)
  const connection = new Database(file, { readonly: true })
  const dataVersion = connection.prepare('PRAGMA data_version')
  dataVersion.raw(true)
  return {
    close: () => connection.close(),
    read: () => Number((dataVersion.get() as unknown[])[0]),
  }
}

let shared: CommitCounter | undefined
let sharedOpened = false

/**
 * This process's counter, opened on first use and shared by everything that keeps a value until
 * the next commit (the public read cache, search's facet labels). Undefined on MongoDB.
 */
export function sharedCommitCounter(): CommitCounter | undefined {
  if (!sharedOpened) {
    shared = databaseCommitCounter()
    sharedOpened = true
  }
  return shared
}

/** Closes the shared counter's connection (at shutdown); the next use opens it again. */
export function closeSharedCommitCounter(): void {
  shared?.close()
  shared = undefined
  sharedOpened = false
}
