import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { inCallersLanguage } from '../../../lib/callersLanguage'

import { mayRecordExperienceOf } from '../../../domain/access'
import { idOf } from '../../../lib/idOf'

/** A member records their own municipality's experience; curators may record one for any municipality. */
export const ownMunicipality: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const municipality = idOf(data.municipality ?? originalDoc?.municipality)
  if (!req.user || !municipality || mayRecordExperienceOf(req.user, municipality)) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: [
      {
        message: inCallersLanguage(req, {
          en: 'You can only record the experience of your own municipality: leave the municipality empty, or choose your own.',
          nl: 'U kunt alleen de ervaring van uw eigen gemeente vastleggen: laat de gemeente leeg, of kies uw eigen gemeente.',
        }),
        path: 'municipality',
      },
    ],
    req,
  })
}
