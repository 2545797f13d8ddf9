import type { Payload, PayloadRequest } from 'payload'

import type { SynonymGroup } from './types'

import { engineOf, hasEngine } from './registry'

export async function loadSynonyms(payload: Payload, req?: PayloadRequest): Promise<SynonymGroup[]> {
  const { docs } = await payload.find({ collection: 'search-synonyms', limit: 0, overrideAccess: true, pagination: false, req })
  return docs.map((doc) => (doc.phrases ?? []) as string[])
}

/** Hands the curators' synonym list to the engine of this process. */
export async function reloadSynonyms(payload: Payload, req?: PayloadRequest): Promise<void> {
  if (!hasEngine(payload)) return
  await engineOf(payload).setSynonyms(await loadSynonyms(payload, req))
}
