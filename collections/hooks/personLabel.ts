import type { CollectionSlug, PayloadRequest } from 'payload'

import { idOf } from '../../lib/idOf'

const nameOf = (doc: unknown): string | undefined => {
  const name = (doc as { name?: unknown } | null)?.name
  return typeof name === 'string' && name.trim() ? name : undefined
}

/**
 * A person as colleagues know them, "Name (Organisation)", for records others read (who sent an
 * item back, who holds a lock) without opening the account itself, which members may not.
 */
export async function personLabel(req: PayloadRequest, account: { collection?: string; id: unknown }): Promise<string | undefined> {
  const id = idOf(account.id)
  if (id === undefined) return undefined
  const found = await req.payload.findByID({
    collection: (account.collection ?? 'users') as CollectionSlug,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
    req,
  })
  const name = nameOf(found)
  if (!name) return undefined
  const organisationId = idOf((found as { organisation?: unknown } | null)?.organisation)
  const organisation =
    organisationId === undefined
      ? undefined
      : await req.payload.findByID({
          collection: 'organisations',
          depth: 0,
          disableErrors: true,
          id: organisationId,
          overrideAccess: true,
          req,
        })
  return nameOf(organisation) ? `${name} (${nameOf(organisation)})` : name
}
