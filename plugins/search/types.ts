/** What the search index holds, what a search asks and what it answers; both engines share it. */

export const searchableCollections = ['interventions', 'good-practices', 'knowledge-cases', 'lessons-learned'] as const
export type SearchableCollection = (typeof searchableCollections)[number]

export const searchLocales = ['nl', 'en'] as const
export type SearchLocale = (typeof searchLocales)[number]

/** Facets a search can count and filter on; the names are the API's parameter names. */
export const facetNames = ['type', 'theme', 'targetGroup', 'role', 'preventionLevel', 'evidenceLevel', 'municipality', 'year'] as const
export type FacetName = (typeof facetNames)[number]

export type Visibility = 'public' | 'partners' | 'organisation'

/** One published knowledge item in one locale. */
export type SearchDocument = {
  /** `<collection>:<item id>:<locale>` */
  id: string
  itemId: string
  type: SearchableCollection
  locale: SearchLocale
  title: string
  summary: string
  /** Plain text of the rich text and the item's text sections. */
  body: string
  url: string
  visibility: Visibility
  ownerOrganisation: string
  facets: Record<Exclude<FacetName, 'type' | 'year'>, string[]>
  year: number
  updatedAt: string
}

/** Who is asking, reduced to what the index can filter on. Built on the server, never by a client. */
export type AccessScope =
  | { kind: 'everything' }
  | { kind: 'restricted'; visibilities: Visibility[]; organisation?: string }

export type SearchQuery = {
  q: string
  locale: SearchLocale
  /** Values within one facet are alternatives (OR); facets combine with AND. */
  filters: Partial<Record<FacetName, string[]>>
  access: AccessScope
  sort: 'relevance' | 'newest'
  page: number
  limit: number
}

export type Highlights = { title: string; summary: string; body: string }

export type SearchHit = { document: SearchDocument; highlights: Highlights }

export type SearchResult = {
  total: number
  hits: SearchHit[]
  facets: Record<FacetName, Record<string, number>>
}

/** A synonym group: every phrase stands for every other. */
export type SynonymGroup = string[]

export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch'
  upsert(documents: SearchDocument[]): Promise<void>
  remove(ids: string[]): Promise<void>
  /** Removes every document of an item (all locales). */
  removeItem(type: SearchableCollection, itemId: string): Promise<void>
  search(query: SearchQuery): Promise<SearchResult>
  setSynonyms(groups: SynonymGroup[]): Promise<void>
  /** Ids of every document in the index, for reconciling with the database. */
  documentIds(): Promise<string[]>
  clear(): Promise<void>
  health(): Promise<{ ok: boolean; detail?: string }>
}

export const documentId = (type: SearchableCollection, itemId: string, locale: SearchLocale) =>
  `${type}:${itemId}:${locale}`

/** How one collection becomes search documents. */
export type SearchCollectionOptions = {
  /** Portal path of an item, without locale prefix: `/interventies` gives `/interventies/<slug>`. */
  path: string
  /** Text fields (dot paths for groups) indexed besides title, summary and body. */
  textFields: string[]
}

export type SearchPluginOptions = {
  collections: Record<SearchableCollection, SearchCollectionOptions>
  /**
   * Creates the engine. Runs once per process.
   * @default Meilisearch when MEILI_HOST is set, the embedded engine otherwise
   */
  createEngine?: () => SearchEngine
  /**
   * How often the worker applies queued index changes, in milliseconds.
   * @default 250
   */
  workerIntervalMs?: number
  /**
   * How often the index is compared with the database and repaired, in milliseconds.
   * @default 600000 (ten minutes)
   */
  reconcileIntervalMs?: number
  /** Told how long each search took in the engine, e.g. for metrics. */
  onSearched?: (search: { engine: string; seconds: number }) => void
}
