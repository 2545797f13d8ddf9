import type { CollectionBeforeChangeHook } from 'payload'

import { inCallersLanguage } from '../../../lib/callersLanguage'
import { ClientError } from '../../../lib/clientError'
import { idOf } from '../../../lib/idOf'

const messages = {
  en: 'This municipality has already recorded its experience with this intervention: update that experience instead of adding a second one.',
  nl: 'Deze gemeente heeft haar ervaring met deze interventie al vastgelegd: werk die ervaring bij in plaats van een tweede toe te voegen.',
}

/**
 * One experience per municipality and intervention, so a card's figures count municipalities, not
 * reports. A municipality that learns more updates its experience (a new version, reviewed again).
 */
export const oneExperiencePerMunicipality: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const intervention = idOf(data.intervention ?? originalDoc?.intervention)
  const municipality = idOf(data.municipality ?? originalDoc?.municipality)
  const moved =
    operation === 'create' || intervention !== idOf(originalDoc?.intervention) || municipality !== idOf(originalDoc?.municipality)
  if (!moved || !intervention || !municipality) return data
  // Whoever writes: the answer only says that one exists, which its own municipality may read anyway.
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as 'experiences',
    overrideAccess: true,
    req,
    where: {
      and: [
        { intervention: { equals: intervention } },
        { municipality: { equals: municipality } },
        ...(originalDoc?.id === undefined ? [] : [{ id: { not_equals: originalDoc.id } }]),
      ],
    },
  })
  if (totalDocs === 0) return data
  throw new ClientError(inCallersLanguage(req, messages), 409, { field: 'intervention' })
}
