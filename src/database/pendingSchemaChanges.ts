import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

type SqliteAdapter = {
  migrationDir: string
  requireDrizzleKit: () => DrizzleKit
  schema: unknown
}

/**
 * The SQL a new migration would contain: the difference between the schema the current config
 * needs and the snapshot of the newest committed migration. Empty means the migrations are up
 * to date; otherwise run `npm run migrate:create -- <name>` and commit the result.
 */
export async function pendingSchemaChanges(payload: Payload): Promise<string[]> {
  const adapter = payload.db as unknown as SqliteAdapter
  const { generateDrizzleJson, generateMigration, upSnapshot } = adapter.requireDrizzleKit()
  const wanted = await generateDrizzleJson(adapter.schema)
  const snapshots = fs
    .readdirSync(adapter.migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
  const newest = snapshots.at(-1)
  if (!newest) return ['-- no migration has been committed yet']
  let committed = JSON.parse(fs.readFileSync(path.join(adapter.migrationDir, newest), 'utf8'))
  if (upSnapshot && committed.version < wanted.version) committed = upSnapshot(committed)
  return generateMigration(committed, wanted)
}
