import type { Payload } from 'payload'

import { databaseKind } from '../env'

type SqliteDb = { client: { execute: (sql: string) => Promise<unknown> } }
type MongoDb = { connection: { db?: { admin: () => { ping: () => Promise<unknown> } } } }

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()
    }),
  ])

/** Answers whether the database answers a trivial query right now. */
export async function pingDatabase(payload: Payload, timeoutMs = 2000): Promise<void> {
  if (databaseKind() === 'mongodb') {
    const db = (payload.db as unknown as MongoDb).connection.db
    if (!db) throw new Error('not connected')
    await withTimeout(db.admin().ping(), timeoutMs)
    return
  }
  await withTimeout((payload.db as unknown as SqliteDb).client.execute('select 1'), timeoutMs)
}
