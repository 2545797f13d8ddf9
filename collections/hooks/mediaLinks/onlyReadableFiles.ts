import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { inCallersLanguage } from '../../../lib/callersLanguage'

import { readableIds } from '../../../domain/access'
import { mediaFieldNames, mediaIdsIn } from './mediaIdsIn'

/**
 * An item shares the files it links with its readers (see `syncMediaLinks`), so linking a file
 * would otherwise be a way to read another organisation's file: one may only link files one can
 * open oneself. Files the item already linked stay, whoever saves it next.
 */
export const onlyReadableFiles: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  if (!req.user) return data
  const names = mediaFieldNames(collection.fields)
  const before = mediaIdsIn(originalDoc ?? {}, names)
  const problems: Array<{ path: string; message: string }> = []
  for (const [field, value] of Object.entries(data)) {
    const added = [...mediaIdsIn({ [field]: value }, names)].filter((id) => !before.has(id))
    if (added.length === 0) continue
    const readable = await readableIds(req, 'media', added)
    const hidden = added.filter((id) => !readable.has(id))
    if (hidden.length > 0) {
      problems.push({
        message: inCallersLanguage(req, {
          en: `You can only attach files you can open yourself (not: ${hidden.join(', ')}). Upload the file, or ask its organisation to share it.`,
          nl: `U kunt alleen bestanden toevoegen die u zelf kunt openen (niet: ${hidden.join(', ')}). Upload het bestand, of vraag de eigen organisatie ervan het te delen.`,
        }),
        path: field,
      })
    }
  }
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems, req })
  return data
}
