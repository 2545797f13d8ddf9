import type { Payload } from 'payload'

import type { NameIndex } from './cells'

import { normalizeHeader } from './headerNames'

/** Themes by their Dutch name, English name or slug; organisations by name. Both lists are public and short. */
export async function loadNameIndex(payload: Payload): Promise<NameIndex> {
  const [themes, organisations] = await Promise.all([
    payload.find({ collection: 'themes', depth: 0, limit: 0, locale: 'all', pagination: false }),
    payload.find({ collection: 'organisations', depth: 0, limit: 0, pagination: false }),
  ])
  const index: NameIndex = { organisations: new Map(), themes: new Map() }
  for (const theme of themes.docs) {
    const names = theme.name as unknown as Record<string, string | undefined>
    for (const name of [names.nl, names.en, theme.slug]) if (name) index.themes.set(normalizeHeader(name), String(theme.id))
  }
  for (const organisation of organisations.docs) index.organisations.set(normalizeHeader(organisation.name), String(organisation.id))
  return index
}
