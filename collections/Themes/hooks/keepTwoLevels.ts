import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { type Bilingual, inCallersLanguage } from '../../../lib/callersLanguage'

/** Themes are a two-level tree: theme -> sub-theme. */
export const keepTwoLevels: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const parentId = data?.parent && typeof data.parent === 'object' ? data.parent.id : data?.parent
  if (!parentId) return data
  const fail = (message: Bilingual) =>
    new ValidationError({ collection: 'themes', errors: [{ message: inCallersLanguage(req, message), path: 'parent' }], req })
  if (originalDoc?.id !== undefined && String(parentId) === String(originalDoc.id)) {
    throw fail({ en: 'A theme cannot be its own parent.', nl: 'Een thema kan niet zijn eigen hoofdthema zijn.' })
  }
  // Themes are public.
  const parent = await req.payload.findByID({ collection: 'themes', id: parentId, depth: 0, req, disableErrors: true })
  if (!parent) throw fail({ en: 'The parent theme does not exist.', nl: 'Dat hoofdthema bestaat niet.' })
  if (parent.parent) {
    throw fail({
      en: 'Choose a main theme as parent: sub-themes cannot have sub-themes of their own.',
      nl: 'Kies een hoofdthema: een subthema kan zelf geen subthema’s hebben.',
    })
  }
  return data
}
