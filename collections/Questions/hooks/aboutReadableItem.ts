import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { readableIds } from '../../../domain/access'
import { fieldRefusal } from '../../../lib/clientError'
import { idOf } from '../../../lib/idOf'

/** A question is asked about an item the asker may read: asking must not confirm that a draft exists. */
export const aboutReadableItem: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const about = data.about as { relationTo?: string; value?: unknown } | null | undefined
  const id = idOf(about?.value)
  if (!req.user || !about?.relationTo || !id || id === idOf((originalDoc?.about as { value?: unknown } | undefined)?.value)) return data
  if (!(await readableIds(req, about.relationTo as CollectionSlug, [id])).has(id))
    throw fieldRefusal(req, 'about', {
      en: `about: there is no ${about.relationTo} with id ${id} that you may read. Ask about something you can open in the portal.`,
      nl: `about: er is geen ${about.relationTo} met id ${id} die u mag lezen. Vraag naar iets dat u in het portaal kunt openen.`,
    })
  return data
}
