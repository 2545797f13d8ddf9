import type { Payload, Where } from 'payload'

import type { ContactCard } from '../../domain/directory'

import { idOf, idsOf } from '../../lib/idOf'
import { themeTreeOf } from '../taxonomy/themeTree'
import { contactsOf } from './contacts'

export type CoverageMunicipality = { id: string; slug: string; name: string; district: string }

export type CoverageRow = {
  intervention: { id: string; slug: string; title: string }
  /** Municipalities (ids) that run it: named as using it on the card, or with an experience of it. */
  municipalities: string[]
  byDistrict: Record<string, number>
  /** With one intervention asked for and a signed-in reader: per municipality that runs it, its contact people for the card's themes. */
  contacts?: Record<string, ContactCard[]>
}

export type Coverage = { municipalities: CoverageMunicipality[]; rows: CoverageRow[]; districts: string[] }

/**
 * Which of the region's municipalities run which intervention card, with counts per police
 * district: for a municipality looking for a neighbour that already runs something. Only cards and
 * experiences the reader may read count. `intervention` (a slug) narrows to one card and adds, for
 * signed-in readers, the contact people at each municipality that runs it.
 */
export async function regionalCoverage(
  payload: Payload,
  reader: unknown,
  locale: 'nl' | 'en',
  { district, intervention, theme }: { district?: string; intervention?: string; theme?: string } = {},
): Promise<Coverage> {
  const { docs: places } = await payload.find({
    collection: 'organisations',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { district: true, name: true, slug: true },
    sort: 'name',
    where: { type: { equals: 'municipality' } },
  })
  const municipalities = places.map((each) => ({
    district: String(each.district ?? ''),
    id: String(each.id),
    name: String(each.name),
    slug: String(each.slug),
  }))
  const known = new Map(municipalities.map((each) => [each.id, each]))
  const filters: Where[] = [{ _status: { equals: 'published' } }]
  if (intervention) filters.push({ slug: { equals: intervention } })
  if (theme) filters.push({ themes: { in: (await themeTreeOf(payload)).idsFoundBy([theme]) } })
  const { docs: cards } = await payload.find({
    collection: 'interventions',
    depth: 0,
    limit: 0,
    locale,
    overrideAccess: false,
    pagination: false,
    select: { inUseBy: true, slug: true, themes: true, title: true },
    sort: 'title',
    user: reader as never,
    where: { and: filters },
  })
  const { docs: experiences } = await payload.find({
    collection: 'experiences',
    depth: 0,
    limit: 0,
    overrideAccess: false,
    pagination: false,
    select: { intervention: true, municipality: true },
    user: reader as never,
    where: { and: [{ _status: { equals: 'published' } }, { intervention: { in: cards.map((card) => card.id) } }] },
  })
  const experienced = new Map<string, Set<string>>()
  for (const each of experiences) {
    const card = idOf(each.intervention)
    const place = idOf(each.municipality)
    if (card && place) experienced.set(card, (experienced.get(card) ?? new Set()).add(place))
  }
  const inDistrict = (id: string) => !district || known.get(id)?.district === district
  const rows: CoverageRow[] = []
  for (const card of cards) {
    const running = [...new Set([...idsOf(card.inUseBy), ...(experienced.get(String(card.id)) ?? [])])]
      .filter((id) => known.has(id) && inDistrict(id))
      .sort((a, b) => known.get(a)!.name.localeCompare(known.get(b)!.name, 'nl'))
    const byDistrict: Record<string, number> = {}
    for (const id of running) byDistrict[known.get(id)!.district] = (byDistrict[known.get(id)!.district] ?? 0) + 1
    const row: CoverageRow = {
      byDistrict,
      intervention: { id: String(card.id), slug: String(card.slug), title: String(card.title ?? '') },
      municipalities: running,
    }
    if (intervention) {
      const people = await contactsOf(payload, reader, { organisations: running, themes: idsOf(card.themes) })
      row.contacts = Object.fromEntries(running.map((id) => [id, people.filter((person) => person.organisation?.id === id)]))
    }
    rows.push(row)
  }
  const shown = municipalities.filter((each) => inDistrict(each.id))
  return { districts: [...new Set(shown.map((each) => each.district))].filter(Boolean), municipalities: shown, rows }
}
