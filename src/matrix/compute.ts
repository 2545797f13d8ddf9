import type { Payload, Where } from 'payload'

import { headersFor, type Header, type MatrixDimension } from './dimensions'
import type { MatrixFilter, MatrixQuery } from './params'

export type MatrixItem = { id: string; title: string; slug: string }
export type MatrixCell = { row: string; column: string; count: number; interventions: MatrixItem[] }
export type Matrix = {
  rowsDimension: MatrixDimension
  columnsDimension: MatrixDimension
  rows: Header[]
  columns: Header[]
  cells: MatrixCell[]
  /** Intervention cards that match the filters, each counted once. */
  total: number
}

type Card = { id: string; title: string; slug: string; role?: string[]; targetGroups?: string[]; preventionLevel?: string[]; crimeTypes?: string[]; themes?: string[] }

type ThemeIndex = { topSlugById: Map<string, string>; idsBySlug: Map<string, string[]> }

/** Themes have two levels; a card on a sub-theme counts for its top-level theme. */
async function themeIndex(payload: Payload): Promise<ThemeIndex> {
  const { docs } = await payload.find({ collection: 'themes', depth: 0, limit: 0, pagination: false, select: { parent: true, slug: true } })
  const byId = new Map(docs.map((theme) => [String(theme.id), theme]))
  const topSlugById = new Map<string, string>()
  const idsBySlug = new Map<string, string[]>()
  for (const theme of docs) {
    const parent = theme.parent ? byId.get(String(typeof theme.parent === 'object' ? theme.parent.id : theme.parent)) : undefined
    const top = (parent ?? theme).slug as string
    topSlugById.set(String(theme.id), top)
    idsBySlug.set(top, [...(idsBySlug.get(top) ?? []), String(theme.id)])
    if (theme.slug !== top) idsBySlug.set(theme.slug as string, [...(idsBySlug.get(theme.slug as string) ?? []), String(theme.id)])
  }
  return { idsBySlug, topSlugById }
}

const fieldOf: Record<Exclude<MatrixFilter, 'theme' | 'municipality'>, string> = {
  crimeType: 'crimeTypes',
  evidenceLevel: 'evidenceLevel',
  preventionLevel: 'preventionLevel',
  role: 'role',
  targetGroup: 'targetGroups',
}

async function whereFor(payload: Payload, filters: MatrixQuery['filters'], themes: ThemeIndex): Promise<Where[]> {
  const where: Where[] = []
  for (const [filter, values] of Object.entries(filters) as Array<[MatrixFilter, string[]]>) {
    if (filter === 'theme') {
      where.push({ themes: { in: values.flatMap((slug) => themes.idsBySlug.get(slug) ?? []).concat('none') } })
    } else if (filter === 'municipality') {
      const { docs } = await payload.find({ collection: 'organisations', depth: 0, limit: 0, pagination: false, select: { slug: true }, where: { slug: { in: values } } })
      where.push({ municipalities: { in: docs.map((doc) => doc.id).concat('none') } })
    } else {
      where.push({ [fieldOf[filter]]: { in: values } })
    }
  }
  return where
}

function valuesIn(card: Card, dimension: MatrixDimension, themes: ThemeIndex): string[] {
  switch (dimension) {
    case 'role':
      return card.role ?? []
    case 'targetGroup':
      return card.targetGroups ?? []
    case 'preventionLevel':
      return card.preventionLevel ?? []
    case 'crimeType':
      return card.crimeTypes ?? []
    case 'theme':
      return [...new Set((card.themes ?? []).map((id) => themes.topSlugById.get(String(id))).filter((slug): slug is string => Boolean(slug)))]
  }
}

/**
 * The interventions matrix: published intervention cards this reader may see, counted per
 * combination of two classifications. A card with several values counts in each of their cells.
 */
export async function computeMatrix(payload: Payload, user: unknown, query: MatrixQuery): Promise<Matrix> {
  const themes = await themeIndex(payload)
  const [rows, columns, filters] = await Promise.all([
    headersFor(payload, query.rows, query.locale),
    headersFor(payload, query.columns, query.locale),
    whereFor(payload, query.filters, themes),
  ])
  const { docs } = await payload.find({
    collection: 'interventions',
    depth: 0,
    limit: 0,
    locale: query.locale,
    overrideAccess: false,
    pagination: false,
    select: { crimeTypes: true, preventionLevel: true, role: true, slug: true, targetGroups: true, themes: true, title: true },
    sort: 'title',
    user: user as never,
    where: { and: [{ _status: { equals: 'published' } }, ...filters] },
  })
  const cards = docs as unknown as Card[]
  const cells = new Map<string, MatrixCell>()
  for (const row of rows) for (const column of columns) cells.set(`${row.value}\u0000${column.value}`, { column: column.value, count: 0, interventions: [], row: row.value })
  for (const card of cards) {
    for (const row of valuesIn(card, query.rows, themes)) {
      for (const column of valuesIn(card, query.columns, themes)) {
        const cell = cells.get(`${row}\u0000${column}`)
        if (!cell) continue
        cell.count += 1
        cell.interventions.push({ id: String(card.id), slug: card.slug, title: card.title })
      }
    }
  }
  return { cells: [...cells.values()], columns, columnsDimension: query.columns, rows, rowsDimension: query.rows, total: cards.length }
}
