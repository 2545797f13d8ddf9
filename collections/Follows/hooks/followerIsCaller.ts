import type { CollectionBeforeValidateHook } from 'payload'

import { followKeyOf } from '../../../domain/notifications'

type Target = { relationTo?: unknown; value?: unknown } | null | undefined

const idOfTarget = (target: Target): string | undefined => {
  const value = target?.value
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return undefined
}

/**
 * A follow is always the caller's own, and carries the key of what it follows, so that one person
 * follows one thing once (a unique index). The system, following on someone's behalf (an author
 * follows what they created), writes in that person's request.
 */
export const followerIsCaller: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const target = data.target as Target
  const id = idOfTarget(target)
  return {
    ...data,
    targetKey: typeof target?.relationTo === 'string' && id ? followKeyOf(target.relationTo, id) : null,
    user: req.user?.id ?? data.user,
  }
}
