import type { Payload, PayloadRequest } from 'payload'

import { engineOf, hasEngine } from './registry'

/** Hands the curators' synonym list to the engine of this process. */
export async function reloadSynonyms(payload: Payload, req?: PayloadRequest): Promise<void> {
  if (!hasEngine(payload)) return
  const { docs } = await payload.find({ collection: 'search-synonyms', limit: 0, overrideAccess: true, pagination: false, req })
  await engineOf(payload).setSynonyms(docs.map((doc) => (doc.phrases ?? []) as string[]))
}
