import type { CollectionConfig, Field, Payload, SanitizedConfig } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload } from 'payload'

import { collections } from '../collections'

const listed = 'interventions'
export const bareKey = 'bench-bare'
const payloadOwn = new Set(['id', 'createdAt', 'updatedAt', '_status'])

/** The listed collection's fields as the workspace ended up with them, plugin-added ones included; Payload adds its own again. */
const fieldsAsBuilt = (workspace: Payload): Field[] =>
  workspace.collections[listed].config.fields.filter((field) => !('name' in field && payloadOwn.has(field.name)))

/** A field as Payload stores and reads it: no hooks, access rules or validation. */
function bareField(field: Field): Field {
  const { access: _access, hooks: _hooks, validate: _validate, ...rest } = field as Field & Record<string, unknown>
  // Payload's own relationship check would look for documents the bare instance does not copy.
  const bare = { ...rest, required: false, validate: () => true } as Record<string, unknown>
  if (Array.isArray(bare.fields)) bare.fields = (bare.fields as Field[]).map(bareField)
  if (Array.isArray(bare.tabs))
    bare.tabs = (bare.tabs as { fields: Field[] }[]).map((tab) => ({ ...tab, fields: tab.fields.map(bareField) }))
  if (Array.isArray(bare.blocks))
    bare.blocks = (bare.blocks as { fields: Field[] }[]).map((block) => ({ ...block, fields: block.fields.map(bareField) }))
  return bare as Field
}

/** The same fields, versions and auth, without our hooks, access rules, endpoints or plugins. */
const bareCollection = ({ auth, fields, slug, upload, versions }: CollectionConfig): CollectionConfig => ({
  access: { read: () => true },
  auth: auth ? { useAPIKey: false, verify: false } : undefined,
  fields: fields.map(bareField),
  slug,
  upload: upload ? { staticDir: fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-bench-bare-media-')) } : undefined,
  versions,
})

/**
 * The baseline issue 19 asks for: a second Payload instance, on its own temporary SQLite file,
 * whose collections have the workspace's field shapes but none of its hooks, access rules or
 * plugins, holding a copy of the workspace's interventions (same ids, every locale).
 */
export async function bareInstance(workspace: Payload): Promise<{ config: Promise<SanitizedConfig>; payload: Payload }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-bench-bare-'))
  const config = buildConfig({
    collections: collections({ mediaDir: dir, resetPasswordMail: undefined, secureCookies: false } as never).map((collection) =>
      bareCollection(collection.slug === listed ? { ...collection, fields: fieldsAsBuilt(workspace) } : collection),
    ),
    db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'bare.db')}` }, idType: 'uuid', push: true }),
    editor: lexicalEditor(),
    localization: workspace.config.localization || undefined,
    secret: 'bench-only-bare-baseline',
    telemetry: false,
  })
  const payload = await getPayload({ config, key: bareKey })
  // The copied cards point at themes, organisations and items the bare instance does not hold; depth 0 never reads them.
  await (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client.execute('PRAGMA foreign_keys = OFF')
  const { docs } = await workspace.find({ collection: listed, depth: 0, draft: false, limit: 100, locale: 'all', pagination: false })
  for (const doc of docs) await payload.create({ collection: listed, data: doc as never, locale: 'all' as never, overrideAccess: true })
  const copied = await payload.count({ collection: listed })
  if (copied.totalDocs !== docs.length) throw new Error(`the bare collection holds ${copied.totalDocs} of ${docs.length} interventions`)
  return { config, payload }
}
