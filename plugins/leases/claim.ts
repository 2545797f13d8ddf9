import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

import type { LeaseTerms } from './types'

/** The two adapters this plugin knows, seen only as far as it needs them. */
type SqliteAdapter = {
  name: 'sqlite'
  client: { execute: (statement: { sql: string; args: unknown[] }) => Promise<{ rows: unknown[] }> }
  tableNameMap?: Map<string, string>
}
type MongooseAdapter = {
  name: 'mongoose'
  collections: Record<
    string,
    {
      findOneAndUpdate: (filter: object, update: object, options: object) => { lean: () => Promise<{ holder?: string } | null> }
      updateOne: (filter: object, update: object) => Promise<unknown>
    }
  >
}

const isDuplicateKey = (error: unknown) => (error as { code?: number } | null)?.code === 11000

const adapterOf = (payload: Payload) => payload.db as unknown as SqliteAdapter | MongooseAdapter
const tableOf = (db: SqliteAdapter, slug: string) => db.tableNameMap?.get(slug) ?? slug.replace(/-/g, '_')

/**
 * Takes or renews the lease in one atomic database operation: it succeeds when nobody holds the
 * lease, when `holder` holds it already, or when the last holder's time ran out. Two processes
 * asking at the same moment cannot both succeed, which a read followed by a write could not
 * promise. Answers whether `holder` holds the lease now.
 */
export async function claimLease(payload: Payload, slug: string, { holder, name, ttlMs }: LeaseTerms): Promise<boolean> {
  const now = new Date()
  const expiresAt = new Date(now.getTime() + ttlMs)
  const db = adapterOf(payload)
  if (db.name === 'sqlite') {
    const table = tableOf(db, slug)
    // ISO timestamps in UTC compare correctly as text, which is how Payload stores dates in SQLite.
    const { rows } = await db.client.execute({
      args: [randomUUID(), name, holder, expiresAt.toISOString(), now.toISOString(), now.toISOString(), now.toISOString()],
      sql:
        `INSERT INTO "${table}" ("id", "name", "holder", "expires_at", "updated_at", "created_at") VALUES (?, ?, ?, ?, ?, ?) ` +
        `ON CONFLICT ("name") DO UPDATE SET "holder" = excluded."holder", "expires_at" = excluded."expires_at", "updated_at" = excluded."updated_at" ` +
        `WHERE "${table}"."holder" = excluded."holder" OR "${table}"."expires_at" < ? RETURNING "holder"`,
    })
    return rows.length === 1
  }
  if (db.name === 'mongoose') {
    const model = db.collections[slug]
    if (!model) throw new Error(`The leases collection "${slug}" is not in the Payload config.`)
    try {
      // When another holder's lease is still running the filter matches nothing, and the upsert's
      // insert of a second document with the same name fails on the unique index: not ours.
      const lease = await model
        .findOneAndUpdate(
          { $or: [{ holder }, { expiresAt: { $lt: now } }], name },
          { $set: { expiresAt, holder, updatedAt: now }, $setOnInsert: { createdAt: now, name } },
          { returnDocument: 'after', upsert: true },
        )
        .lean()
      return lease?.holder === holder
    } catch (error) {
      if (isDuplicateKey(error)) return false
      throw error
    }
  }
  throw new Error(`Leases need the SQLite or MongoDB adapter (this project uses "${(db as { name: string }).name}").`)
}

/** Gives the lease up at once when `holder` has it, so the next process does not wait for it to run out. */
export async function releaseLease(payload: Payload, slug: string, { holder, name }: Pick<LeaseTerms, 'holder' | 'name'>): Promise<void> {
  const expired = new Date(0)
  const db = adapterOf(payload)
  if (db.name === 'sqlite') {
    await db.client.execute({
      args: [expired.toISOString(), name, holder],
      sql: `UPDATE "${tableOf(db, slug)}" SET "expires_at" = ? WHERE "name" = ? AND "holder" = ?`,
    })
  } else if (db.name === 'mongoose') {
    await db.collections[slug]?.updateOne({ holder, name }, { $set: { expiresAt: expired } })
  }
}
