import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { readableIds } from '../../../domain/access'
import { ClientError } from '../../../lib/clientError'
import { inCallersLanguage } from '../../../lib/callersLanguage'

/**
 * Only what the caller may read can be followed: a follow must not confirm that an organisation's
 * draft exists. Answered like an id that does not exist.
 */
export const followOnlyReadable: CollectionBeforeChangeHook = async ({ context, data, operation, req }) => {
  // The writer of an item follows it in the same write; it is theirs to read.
  if (operation !== 'create' || !req.user || context.followedForTheWriter) return data
  const target = data.target as { relationTo: CollectionSlug; value: unknown }
  const id = String(typeof target.value === 'object' && target.value ? (target.value as { id: unknown }).id : target.value)
  const readable = await readableIds(req, target.relationTo, [id])
  if (!readable.has(id))
    throw new ClientError(
      inCallersLanguage(req, {
        en: `target: there is no ${target.relationTo} with id ${id} that you may read. Follow something you can open in the portal.`,
        nl: `target: er is geen ${target.relationTo} met id ${id} die u mag lezen. Volg iets dat u in het portaal kunt openen.`,
      }),
      400,
      { field: 'target' },
    )
  return data
}
