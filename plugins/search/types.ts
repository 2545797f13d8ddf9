/** What the search index holds, what a search asks and what it answers; both engines share it. */
import type { Access, FieldAccess, Payload, PayloadRequest, Where } from 'payload'

import type { EndpointRule } from '../../lib/endpointAccess'
import type { Look } from '../../lib/poller'

export const searchLocales = ['nl', 'en'] as const
export type SearchLocale = (typeof searchLocales)[number]

/** Facets every index has: the kind of item (its collection) and the year it last changed. */
export const builtInFacets = ['type', 'year'] as const

/** One published item in one locale. */
export type SearchDocument = {
  /** `<collection>:<item id>:<locale>` */
  id: string
  itemId: string
  /** The item's collection. */
  type: string
  locale: SearchLocale
  title: string
  summary: string
  /** Plain text of the rich text and the item's text sections. */
  body: string
  url: string
  /** Who may find it: a reader finds a document when they hold one of its grants (`accessScope`). */
  grants: string[]
  /** The values of each facet besides the built-in ones. */
  facets: Record<string, string[]>
  year: number
  updatedAt: string
}

/** Who is asking, reduced to the grants they hold. Built on the server, never by a client. */
export type AccessScope = { kind: 'everything' } | { kind: 'restricted'; grants: string[] }

export type SearchQuery = {
  q: string
  locale: SearchLocale
  /** Values within one facet are alternatives (OR); facets combine with AND. */
  filters: Record<string, string[]>
  /** Per facet, values an item may not hold (any of them excludes it, from the counts too). */
  exclude?: Record<string, string[]>
  access: AccessScope
  sort: 'relevance' | 'newest' | 'oldest'
  page: number
  limit: number
}

export type Highlights = { title: string; summary: string; body: string }

export type SearchHit = { document: SearchDocument; highlights: Highlights }

export type SearchResult = {
  total: number
  hits: SearchHit[]
  /** Per facet, in the order the engine was given them: value -> count. */
  facets: Record<string, Record<string, number>>
}

/** A synonym group: every phrase stands for every other. */
export type SynonymGroup = string[]

export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch'
  upsert(documents: SearchDocument[]): Promise<void>
  remove(ids: string[]): Promise<void>
  /** Removes every document of an item (all locales). */
  removeItem(type: string, itemId: string): Promise<void>
  search(query: SearchQuery): Promise<SearchResult>
  setSynonyms(groups: SynonymGroup[]): Promise<void>
  /** Ids of every document in the index, for reconciling with the database. */
  documentIds(): Promise<string[]>
  clear(): Promise<void>
  health(): Promise<{ ok: boolean; detail?: string }>
}

export const documentId = (type: string, itemId: string, locale: SearchLocale) => `${type}:${itemId}:${locale}`

/**
 * How one collection becomes search documents. Its items have a `title`, `summary`, rich-text
 * `body` and `slug`, and drafts (only published versions are indexed); `grantsOf` says who may find them.
 */
export type SearchCollectionOptions = {
  /** Portal path of an item, without locale prefix: `/interventies` gives `/interventies/<slug>`. */
  path: string
  /**
   * Text fields indexed besides title, summary and body: dot paths into groups, and through
   * populated relations (`themes.name`, so a theme's name finds what is filed under it).
   */
  textFields: readonly string[]
}

/** An item as the index reads it: published, in one locale, relations populated one level deep. */
export type IndexedItem = Record<string, unknown> & { id: string | number; updatedAt?: string }

export type FacetOptions = {
  /**
   * The facet's values for one item. Left out for the built-in facets `type` and `year`; `req` is
   * shared by a whole run, for lookups worth doing once.
   */
  valuesOf?: (item: IndexedItem, req: PayloadRequest) => string[] | Promise<string[]>
  /** The values of a filter parameter (repeated or comma-separated), or what is wrong with them. */
  parse: (raw: readonly string[]) => { values: string[]; problem?: { message: string } }
  /**
   * Every value the facet can take, when that is a fixed list: GraphQL then offers the filter as
   * an enum, named the way Payload names select options (`not-assessed` is `not_assessed`).
   * @default undefined (a list of strings)
   */
  values?: readonly string[]
}

/** Per facet, per value, per language: the label people read. */
export type FacetValueLabels = Record<string, Record<string, Record<SearchLocale, string>>>

export type SearchPluginOptions = {
  collections: Record<string, SearchCollectionOptions>
  /** The facets search counts and filters on, in the order answers list them; names are API parameters. */
  facets: Record<string, FacetOptions>
  /** The facet whose values each hit lists as its `themes`. */
  themeFacet?: string
  /** What the index may show this user (from the same rules as every other read). */
  accessScope: (user: unknown) => AccessScope
  /** Who may find a published item: the grants a reader must hold one of (see `accessScope`). */
  grantsOf: (item: IndexedItem) => string[]
  access: {
    /** Who may search (the hits are filtered by `accessScope` either way). */
    search: EndpointRule
    /** Who may rebuild the index over HTTP. */
    rebuild: EndpointRule
    /** Who may do what with the synonym list. */
    synonyms: { create: Access; read: Access; update: Access; delete: Access; unlock?: Access }
    /** Fields the plugin itself writes (a synonym group's label): nobody writes them through the API. */
    systemOnly: FieldAccess
  }
  /**
   * Other collections whose changes alter items' search documents (a theme renamed or moved): for
   * a changed document, which items of each searchable collection to index again, if any.
   */
  dependents?: Record<
    string,
    (args: {
      doc: Record<string, unknown>
      previousDoc?: Record<string, unknown>
      req: PayloadRequest
    }) => Promise<Where | undefined> | Where | undefined
  >
  /**
   * The engine: Meilisearch at `host` with `index` (one server can hold several workspaces), or
   * the embedded in-process engine when `meilisearch` is left out. `createEngine` overrides both.
   */
  engine?: { meilisearch?: { host: string; apiKey?: string; index?: string } }
  createEngine?: (facets: readonly string[]) => SearchEngine
  /**
   * How soon the worker looks for more queued index changes after it applied some, in
   * milliseconds. Changes written in the process that does the work are applied as soon as their
   * write commits; the worker looks on its own for changes other processes queued.
   * @default 250
   */
  workerIntervalMs?: number
  /**
   * The longest wait between the worker's looks while it finds nothing to apply: each empty look
   * doubles the wait, from `workerIntervalMs` up to this; a commit or found work starts it again.
   * It bounds how late a change queued by another process is applied.
   * @default 4000
   */
  workerIdleCeilingMs?: number
  /**
   * How often the index is compared with the database and repaired, in milliseconds.
   * @default 600000 (ten minutes)
   */
  reconcileIntervalMs?: number
  /**
   * A Meilisearch-compatible read API (`/api/search/indexes/<index>/search`, `/api/search/multi-search`)
   * for the official clients and InstantSearch; left out, there is none. `index` is the one index
   * name it answers to.
   */
  meilisearchApi?: { index: string }
  /**
   * What people read for facet values, per facet, value and language (`{ nl, en }`): /api/search
   * answers the labels of the values it counts. Left out, answers carry no labels.
   */
  facetLabels?: (payload: Payload) => Promise<FacetValueLabels>
  /** Told how long each search took in the engine, e.g. for metrics. */
  onSearched?: (search: { engine: string; seconds: number }) => void
  /** Told after each look of the worker for queued index changes, e.g. for metrics. */
  onWorkerLook?: (look: Look) => void
}
