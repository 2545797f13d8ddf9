import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../../src/lib/idOf'


/** Lists and the admin panel show "Municipality – Intervention" instead of an id. */
export const nameExperience: CollectionBeforeChangeHook = async ({ data, req }) => {
  const interventionId = idOf(data.intervention)
  const municipalityId = idOf(data.municipality)
  if (!interventionId || !municipalityId) return data
  const [intervention, municipality] = await Promise.all([
    req.payload.findByID({ collection: 'interventions', id: interventionId, depth: 0, draft: true, locale: 'nl', req, disableErrors: true }),
    req.payload.findByID({ collection: 'organisations', id: municipalityId, depth: 0, req, disableErrors: true }),
  ])
  if (!intervention || !municipality) return data
  return { ...data, title: `${municipality.name} – ${intervention.title}` }
}
