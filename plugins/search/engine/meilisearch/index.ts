import { type Index, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, Meilisearch } from 'meilisearch'

import type { SearchDocument, SearchEngine, SearchQuery, SearchResult, SynonymGroup } from '../../types'

import { escapeHtml } from '../../../../lib/escapeHtml'
import { stopWords } from '../../text/stopWords'
import { builtInFacets } from '../../types'
import { SearchEngineRequestError, SearchEngineUnavailableError } from '../errors'
import { buildFilter } from './filter'

export type MeilisearchEngineOptions = {
  host: string
  apiKey?: string
  indexUid?: string
  timeoutMs?: number
  /** The facets to count and filter on, in the order answers list them (`type` and `year` included). */
  facets: readonly string[]
}

/** A document as Meilisearch keeps it: each facet is an attribute of its own, to filter and count on. */
type StoredDocument = Omit<SearchDocument, 'facets' | 'id'> & { id: string; key: string; updatedAtTs: number } & Record<string, unknown>

/** Attributes of the stored document that a facet must not be named after. */
const documentAttributes = new Set([
  'id',
  'key',
  'itemId',
  'locale',
  'title',
  'summary',
  'body',
  'url',
  'grants',
  'updatedAt',
  'updatedAtTs',
])

const toStored = (document: SearchDocument): StoredDocument => {
  const { facets, id, ...rest } = document
  return { ...rest, ...facets, id: safeId(id), key: id, updatedAtTs: Date.parse(document.updatedAt) || 0 }
}

const fromStored = (stored: StoredDocument, facetNames: readonly string[]): SearchDocument => ({
  body: stored.body,
  facets: Object.fromEntries(
    facetNames
      .filter((facet) => !(builtInFacets as readonly string[]).includes(facet))
      .map((facet) => [facet, (stored[facet] as string[] | undefined) ?? []]),
  ),
  id: stored.key,
  itemId: stored.itemId,
  locale: stored.locale,
  grants: stored.grants,
  summary: stored.summary,
  title: stored.title,
  type: stored.type,
  updatedAt: stored.updatedAt,
  url: stored.url,
  year: stored.year,
})

/** Meilisearch ids allow letters, digits, - and _ only. */
const safeId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_')

const open = '\u0002'
const close = '\u0003'
const marked = (text: string | undefined) =>
  escapeHtml(text ?? '')
    .replaceAll(open, '<mark>')
    .replaceAll(close, '</mark>')

/**
 * The production engine. Every call goes through `call`, which turns failures into
 * SearchEngineUnavailableError (retry later) or SearchEngineRequestError (fix something).
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const
  private readonly client: Meilisearch
  private readonly index: Index<StoredDocument>
  private ready: Promise<void> | undefined

  constructor(private readonly options: MeilisearchEngineOptions) {
    const clash = options.facets.filter((facet) => documentAttributes.has(facet))
    if (clash.length > 0)
      throw new Error(`Search facets cannot be named ${clash.join(', ')}: documents already have attributes of that name.`)
    this.client = new Meilisearch({ apiKey: options.apiKey, host: options.host, timeout: options.timeoutMs ?? 5000 })
    this.index = this.client.index<StoredDocument>(this.uid)
  }

  get uid() {
    return this.options.indexUid ?? 'weerbaar'
  }

  /** The same server, another index (to build a replacement beside the live one). */
  withIndex(indexUid: string): MeilisearchEngine {
    return new MeilisearchEngine({ ...this.options, indexUid })
  }

  /**
   * Atomically puts index `otherUid` in this index's place and deletes the one it replaced. The
   * swap names only `indexes`: Meilisearch before v1.18 refuses any other field (the client's
   * type asks for `rename`, which newer versions take as false when it is left out).
   */
  async swapWith(otherUid: string): Promise<void> {
    const swap = { indexes: [this.uid, otherUid] } as { indexes: [string, string]; rename: boolean }
    await this.write('swap indexes', () => this.client.swapIndexes([swap]).waitTask())
    await this.call('delete the replaced index', () => this.client.deleteIndex(otherUid).waitTask())
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return
    await this.write('add documents', () => this.index.addDocuments(documents.map(toStored), { primaryKey: 'id' }).waitTask())
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return
    await this.write('delete documents', () => this.index.deleteDocuments(ids.map(safeId)).waitTask())
  }

  async removeItem(type: string, itemId: string): Promise<void> {
    const filter = `type = "${type}" AND itemId = "${itemId.replace(/"/g, '\\"')}"`
    await this.write('delete an item', () => this.index.deleteDocuments({ filter }).waitTask())
  }

  async setSynonyms(groups: SynonymGroup[]): Promise<void> {
    const synonyms: Record<string, string[]> = {}
    for (const group of groups) {
      for (const phrase of group)
        synonyms[phrase.toLowerCase()] = group.filter((other) => other !== phrase).map((other) => other.toLowerCase())
    }
    await this.write('update synonyms', () => this.index.updateSynonyms(synonyms).waitTask())
  }

  async documentIds(): Promise<string[]> {
    await this.ensureIndex()
    const ids: string[] = []
    for (let offset = 0; ; offset += 1000) {
      const page = await this.call('list documents', () => this.index.getDocuments({ fields: ['key'], limit: 1000, offset }))
      ids.push(...page.results.map((document) => String(document.key)))
      if (page.results.length < 1000) return ids
    }
  }

  async clear(): Promise<void> {
    await this.write('delete all documents', () => this.index.deleteAllDocuments().waitTask())
  }

  async health() {
    try {
      await this.call('health', () => this.client.health())
      return { ok: true }
    } catch (error) {
      return { detail: error instanceof Error ? error.message : String(error), ok: false }
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    await this.ensureIndex()
    const base = {
      attributesToCrop: ['body'],
      attributesToHighlight: ['title', 'summary', 'body'],
      cropLength: 30,
      highlightPostTag: close,
      highlightPreTag: open,
      indexUid: this.uid,
      q: query.q,
    }
    const facetNames = this.options.facets
    const filtered = facetNames.filter((facet) => (query.filters[facet]?.length ?? 0) > 0)
    const { results } = await this.call('search', () =>
      this.client.multiSearch({
        queries: [
          {
            ...base,
            facets: facetNames.filter((facet) => !filtered.includes(facet)),
            filter: buildFilter(query),
            hitsPerPage: query.limit,
            page: query.page,
            sort:
              query.sort === 'oldest'
                ? ['updatedAtTs:asc']
                : query.sort === 'newest' || query.q.trim() === ''
                  ? ['updatedAtTs:desc']
                  : undefined,
          },
          // Disjunctive counts: each filtered facet is counted without its own filter.
          ...filtered.map((facet) => ({ ...base, facets: [facet], filter: buildFilter(query, facet), hitsPerPage: 0 })),
        ],
      }),
    )
    const [main, ...perFacet] = results
    const distribution = { ...main!.facetDistribution }
    filtered.forEach((facet, index) => Object.assign(distribution, perFacet[index]!.facetDistribution))
    return {
      facets: Object.fromEntries(facetNames.map((facet) => [facet, distribution[facet] ?? {}])),
      hits: (main!.hits as Array<StoredDocument & { _formatted?: Partial<StoredDocument> }>).map((hit) => ({
        document: fromStored(hit, facetNames),
        highlights: { body: marked(hit._formatted?.body), summary: marked(hit._formatted?.summary), title: marked(hit._formatted?.title) },
      })),
      total: main!.totalHits ?? main!.estimatedTotalHits ?? 0,
    }
  }

  /** Creates the index with its settings once per process (settings are idempotent). */
  private ensureIndex(): Promise<void> {
    this.ready ??= (async () => {
      await this.call('create index', async () => {
        const task = await this.client.createIndex(this.uid, { primaryKey: 'id' }).waitTask()
        if (task.status === 'failed' && task.error?.code !== 'index_already_exists') {
          throw new SearchEngineRequestError(`Meilisearch could not create index ${this.uid}: ${task.error?.message}`)
        }
      })
      await this.call('apply settings', () =>
        this.index
          .updateSettings({
            filterableAttributes: ['locale', 'grants', 'itemId', ...this.options.facets],
            searchableAttributes: ['title', 'summary', 'body'],
            sortableAttributes: ['updatedAtTs'],
            stopWords: [...stopWords.nl, ...stopWords.en],
            typoTolerance: { minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
          })
          .waitTask(),
      )
    })().catch((error: unknown) => {
      this.ready = undefined
      throw error
    })
    return this.ready
  }

  private async write(what: string, run: () => Promise<{ status: string; error?: { message?: string } | null }>) {
    await this.ensureIndex()
    const task = await this.call(what, run)
    if (task.status === 'failed')
      throw new SearchEngineRequestError(`Meilisearch could not ${what}: ${task.error?.message ?? 'unknown error'}`)
  }

  /** The one way to Meilisearch: failures become typed errors with their cause. */
  private async call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      if (error instanceof SearchEngineRequestError || error instanceof SearchEngineUnavailableError) throw error
      if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) {
        throw new SearchEngineUnavailableError(`Meilisearch at ${this.options.host} is unreachable (${what}).`, { cause: error })
      }
      if (error instanceof MeilisearchApiError && (error.response.status >= 500 || error.response.status === 429)) {
        throw new SearchEngineUnavailableError(`Meilisearch is unavailable (${what}: ${error.response.status}).`, { cause: error })
      }
      throw new SearchEngineRequestError(`Meilisearch refused to ${what}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      })
    }
  }
}
