import type { PayloadRequest } from 'payload'

import { Forbidden } from 'payload'

/**
 * An item as `user` reads it over REST at depth 0: its live version, with the collection's read
 * rule and field rules applied. Undefined when that rule does not let them read it.
 */
export async function readItemAs(req: PayloadRequest, user: Record<string, unknown>, collection: string, id: string) {
  try {
    const item = await req.payload.findByID({
      collection: collection as never,
      depth: 0,
      disableErrors: true,
      draft: false,
      id,
      overrideAccess: false,
      req,
      user,
    })
    return (item as Record<string, unknown> | null) ?? undefined
  } catch (error) {
    // A rule that refuses the whole collection answers Forbidden rather than "not found".
    if (error instanceof Forbidden) return undefined
    throw error
  }
}
