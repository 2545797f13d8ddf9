import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { inCallersLanguage } from '../../../lib/callersLanguage'

import { idOf } from '../../../lib/idOf'
import { withOwnLocale } from '../../../lib/ownLocale'

/**
 * Lists and the admin panel show "Municipality – Intervention" instead of an id. The card is read
 * with the writer's own access: an experience cannot be recorded on (or name) a card its writer
 * may not read. Local scripts (seed, import) have no user and read everything.
 */
export const nameExperience: CollectionBeforeChangeHook = async ({ collection, data, req }) => {
  const interventionId = idOf(data.intervention)
  const municipalityId = idOf(data.municipality)
  if (!interventionId || !municipalityId) return data
  const reader = withOwnLocale(req)
  const [intervention, municipality] = await Promise.all([
    req.payload.findByID({
      collection: 'interventions',
      depth: 0,
      disableErrors: true,
      draft: true,
      id: interventionId,
      locale: 'nl',
      overrideAccess: !req.user,
      req: reader,
      user: req.user,
    }),
    // Organisations are public.
    req.payload.findByID({ collection: 'organisations', depth: 0, disableErrors: true, id: municipalityId, req: reader }),
  ])
  if (!intervention) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          message: inCallersLanguage(req, {
            en: 'Choose an intervention card you can read: this one does not exist or is not shared with you.',
            nl: 'Kies een interventiekaart die u kunt lezen: deze bestaat niet of is niet met u gedeeld.',
          }),
          path: 'intervention',
        },
      ],
      req,
    })
  }
  if (!municipality) return data
  return { ...data, title: `${municipality.name} – ${intervention.title}` }
}
