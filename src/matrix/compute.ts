import type { Payload, Where } from 'payload'

import type { MatrixQuery } from './params'

import { classifications, type MatrixDimension, type MatrixFilter, type ThemeTree } from '../../domain/vocabulary'
import { themeTreeOf } from '../taxonomy/themeTree'
import { type Header, headersFor } from './dimensions'

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

type Card = { id: string; title: string; slug: string } & Record<string, unknown>

const listOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((each) => String(each && typeof each === 'object' && 'id' in each ? each.id : each))
    : value
      ? [String(value)]
      : []

/** A filter as a database query on the card's field, in the vocabulary's meaning (a theme includes its sub-themes). */
async function whereFor(payload: Payload, filter: MatrixFilter, values: string[], themes: ThemeTree): Promise<Where> {
  const source = classifications[filter].source
  switch (source.kind) {
    case 'theme':
      return { [source.field]: { in: [...themes.idsFoundBy(values), 'none'] } }
    case 'organisation': {
      // Organisations are public: any reader may turn their slugs into ids.
      const { docs } = await payload.find({
        collection: 'organisations',
        depth: 0,
        limit: 0,
        pagination: false,
        select: { slug: true },
        where: { slug: { in: values } },
      })
      return { [source.field]: { in: [...docs.map((doc) => doc.id), 'none'] } }
    }
    case 'option':
      return { [source.field]: { in: values } }
  }
}

/** Where a card counts for a dimension: its option values, or for themes its main themes. */
function valuesIn(card: Card, dimension: MatrixDimension, themes: ThemeTree): string[] {
  const source = classifications[dimension].source
  const values = listOf(card[source.field])
  if (source.kind !== 'theme') return values
  return [...new Set(values.map((id) => themes.mainThemeOf(id)?.slug).filter((slug): slug is string => Boolean(slug)))]
}

const selectedFields = Object.fromEntries(
  (['role', 'targetGroup', 'preventionLevel', 'crimeType', 'theme'] as const).map((dimension) => [
    classifications[dimension].source.field,
    true,
  ]),
)

/**
 * The interventions matrix: published intervention cards this reader may see, counted per
 * combination of two classifications. A card with several values counts in each of their cells.
 */
export async function computeMatrix(payload: Payload, user: unknown, query: MatrixQuery): Promise<Matrix> {
  const themes = await themeTreeOf(payload)
  const [rows, columns, filters] = await Promise.all([
    headersFor(payload, query.rows, query.locale),
    headersFor(payload, query.columns, query.locale),
    Promise.all(
      (Object.entries(query.filters) as Array<[MatrixFilter, string[]]>).map(([filter, values]) =>
        whereFor(payload, filter, values, themes),
      ),
    ),
  ])
  const { docs } = await payload.find({
    collection: 'interventions',
    depth: 0,
    limit: 0,
    locale: query.locale,
    overrideAccess: false,
    pagination: false,
    select: { ...selectedFields, slug: true, title: true },
    sort: 'title',
    user: user as never,
    where: { and: [{ _status: { equals: 'published' } }, ...filters] },
  })
  const cards = docs as unknown as Card[]
  const cells = new Map<string, MatrixCell>()
  for (const row of rows)
    for (const column of columns)
      cells.set(`${row.value}\u0000${column.value}`, { column: column.value, count: 0, interventions: [], row: row.value })
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
