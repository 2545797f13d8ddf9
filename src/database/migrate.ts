import type { Payload } from 'payload'

import { migrations } from '../../migrations/sqlite'

/**
 * Applies the committed migrations. Never pushes a schema: what runs in production is exactly
 * what was reviewed. MongoDB has no schema to migrate.
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  await payload.db.migrate({ migrations })
}
