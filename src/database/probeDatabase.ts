import { createClient } from '@libsql/client'
import fs from 'node:fs'
import path from 'node:path'

import { databaseKind } from '../env'

const mongoTimeoutMs = 5_000

/**
 * Opens a connection of its own, asks one trivial question and closes it again: whether the
 * database can be reached at all, before Payload starts on it. Throws with the driver's reason.
 */
export async function probeDatabase(uri: string): Promise<void> {
  if (databaseKind(uri) === 'mongodb') {
    const { MongoClient } = await import('mongodb')
    const client = new MongoClient(uri, { connectTimeoutMS: mongoTimeoutMs, serverSelectionTimeoutMS: mongoTimeoutMs })
    try {
      await client.connect()
      await client.db().admin().ping()
    } finally {
      await client.close().catch(() => {})
    }
    return
  }
  const directory = path.dirname(path.resolve(uri.replace(/^file:/, '').split('?')[0] ?? ''))
  if (!fs.existsSync(directory)) throw new Error(`the directory ${directory} does not exist (a volume not mounted yet?)`)
  const client = createClient({ url: uri })
  try {
    await client.execute('select 1')
  } finally {
    client.close()
  }
}
