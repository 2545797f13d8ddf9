import type { Access, FieldAccess } from 'payload'

export type ApiKeyScope = 'read' | 'read-write'

export type ApiKeysOptions = {
  /** The accounts keys belong to: a key carries its account's rights (and no more than its scope). */
  authCollection: string
  /** The collection that keeps the keys. */
  slug?: string
  /** Who may issue, see, change and revoke keys. */
  access: { create: Access; read: Access; update: Access; delete: Access; unlock: Access }
  /** Fields only the plugin writes (the hash, when it was last used, when it was revoked). */
  systemOnly: FieldAccess
  /** Secrets nobody reads back (the hash of a key). */
  secret: FieldAccess
  /**
   * Admin components (import-map paths) that make the key in the browser, show it before saving
   * and send that same key on save. Without them the create answer carries a key the server made.
   */
  adminComponents?: { keyField: string; saveButton: string }
}

/** What a request authenticated with a key knows about that key. */
export type KeyOnUser = { id: string; name: string; scope: ApiKeyScope; expiresAt: string | null }

export type KeyCheck = { ok: true; keyId: string; userId: string } | { ok: false; reason: 'unknown' | 'revoked' | 'expired' }
