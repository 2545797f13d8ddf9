import type { Migration, Payload } from 'payload'

import { migrations } from '../../migrations/sqlite'

/**
 * Applies the committed migrations. Never pushes a schema: what runs in production is exactly
 * what was reviewed. MongoDB has no schema to migrate.
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  // Generated migrations type their own arguments; Payload's list type is looser.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
