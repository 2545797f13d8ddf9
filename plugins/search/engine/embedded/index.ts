import type { SearchDocument, SearchEngine, SearchHit, SearchQuery, SearchResult, SynonymGroup } from '../../types'

import { packedTerms } from '../../text/normalize'
import { stem } from '../../text/stem'
import { documentId, searchLocales } from '../../types'
import { facetValues } from '../filters'
import { highlight } from '../highlight'
import { allowedTypos, parseQuery, type QueryUnit, synonymTable, type SynonymTable } from '../query'
import { FacetTable } from './facetTable'
import { MatchBuffer, RankBuffer } from './matchBuffer'
import { PendingEntries } from './pendingEntries'
import { TermTable } from './termTable'
import { VocabularyTrie } from './trie'

const localeCodes = { en: 1, nl: 0 } as const

/** Where a term occurs in a document; a lower field ranks higher. */
const fields = ['title', 'summary', 'body'] as const
const fieldBit = { body: 4, summary: 2, title: 1 } as const
const fieldWeight = (mask: number) => (mask & 1 ? 3 : mask & 2 ? 2 : 1)
/** Words held back before they go into their postings: about 3,000 documents' worth, 8 MB. */
const pendingLimit = 1 << 20

/**
 * The documents holding a term and the fields it is in, as `doc << 3 | field bits` in a typed
 * array that grows by doubling: at 100,000 documents there are tens of millions of entries, and
 * plain arrays of numbers cost several times the memory and keep the collector busy. (A slot
 * number needs to stay below 2^28, a quarter of a billion documents: far more than fit in memory.)
 */
class Posting {
  entries = new Int32Array(0)
  length = 0

  /** Appends entries of later documents (`PendingEntries.drain` gives them in slot order, each once). */
  append(entries: Int32Array, from: number, to: number): void {
    const length = this.length + to - from
    if (length > this.entries.length) {
      const grown = new Int32Array(Math.max(length, this.entries.length * 2))
      grown.set(this.entries)
      this.entries = grown
    }
    // A stretch is a few dozen entries: a loop is cheaper than a typed-array view to copy them.
    for (let i = from, at = this.length; i < to; i += 1, at += 1) this.entries[at] = entries[i]!
    this.length = length
  }
}

/**
 * The search engine used when no Meilisearch is configured: an in-memory inverted index with a
 * vocabulary trie for typo-tolerant and prefix lookups, ranked the way Meilisearch ranks (all
 * words before some, fewer typos first, title before summary before body, exact before prefix).
 * One instance per process: the index lives in this process's memory.
 */
export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded' as const
  /** The facets to count and filter on, in the order answers list them. */
  private readonly facetNames: readonly string[]
  private documents: Array<SearchDocument | undefined> = []
  private updatedAt: number[] = []
  /** Per document, codes of its values for each facet in `facetNames` order, computed once. */
  private facetTable = new FacetTable()
  /** One document's part of the facet table, reused from document to document. */
  private readonly facetPart: number[] = []
  /** Per document slot: its locale (-1: slot removed) and its grants, as small integers. */
  private docLocale: number[] = []
  private docGrants: number[][] = []
  private readonly grantCodes = new Map<string, number>()
  /** Facet values as small integers, so counting is array arithmetic. */
  private readonly facetCodes: Array<Map<string, number>>
  private readonly facetLabels: string[][]
  private readonly slots = new Map<string, number>()
  private readonly postings = new Map<string, Posting>()
  /** Indexing finds a word's posting by the word's number, without making a string of it. */
  private readonly termTable = new TermTable()
  private postingOf: Array<Posting | undefined> = []
  private readonly pending = new PendingEntries()
  private readonly vocabulary = new VocabularyTrie()
  private synonyms: SynonymTable = new Map()
  private readonly ranked = new RankBuffer()
  private readonly unitBuffer = new MatchBuffer()
  private readonly phraseBuffer = new MatchBuffer()
  private readonly wordBuffer = new MatchBuffer()
  private stale = 0
  private changes = 0

  constructor({ facets }: { facets: readonly string[] }) {
    this.facetNames = facets
    this.facetCodes = facets.map(() => new Map<string, number>())
    this.facetLabels = facets.map(() => [])
  }

  /** How many times the index changed in this process: answers made before a change are out of date after it. */
  get changeCount(): number {
    return this.changes
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    this.changes += 1
    for (const document of documents) this.add(document)
    this.flushPostings()
    this.compactIfWasteful()
  }

  async remove(ids: string[]): Promise<void> {
    this.changes += 1
    for (const id of ids) this.drop(id)
    this.compactIfWasteful()
  }

  async removeItem(type: string, itemId: string): Promise<void> {
    await this.remove(searchLocales.map((locale) => documentId(type, itemId, locale)))
  }

  async setSynonyms(groups: SynonymGroup[]): Promise<void> {
    this.synonyms = synonymTable(groups)
    this.changes += 1
  }

  async documentIds(): Promise<string[]> {
    return [...this.slots.keys()]
  }

  async clear(): Promise<void> {
    this.changes += 1
    this.emptySlots()
  }

  async health() {
    return { ok: true }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    // Synchronous from here on: the scratch buffers cannot be shared by two searches at once.
    const units = parseQuery(query.q, query.locale, this.synonyms)
    const matchedTerms = new Set<string>()
    const ranked = this.ranked
    ranked.ensure(this.documents.length)
    try {
      for (const unit of units) {
        this.matchUnit(unit, query.locale, matchedTerms)
        ranked.add(this.unitBuffer)
      }
      const visible = this.visibility(query)
      const pool = units.length > 0 ? ranked.docs.filter(visible) : this.documents.flatMap((_, doc) => (visible(doc) ? [doc] : []))
      const { facets, results } = this.filterAndCount(pool, query)

      const updated = this.updatedAt
      const byNewest = (a: number, b: number) => updated[b]! - updated[a]!
      const byRelevance = (a: number, b: number) =>
        ranked.words[b]! - ranked.words[a]! ||
        ranked.typos[a]! - ranked.typos[b]! ||
        ranked.weight[b]! - ranked.weight[a]! ||
        ranked.exact[b]! - ranked.exact[a]! ||
        updated[b]! - updated[a]!
      const byOldest = (a: number, b: number) => updated[a]! - updated[b]!
      const order = query.sort === 'oldest' ? byOldest : query.sort === 'newest' || units.length === 0 ? byNewest : byRelevance
      const start = (query.page - 1) * query.limit
      const isMatched = (term: string) => matchedTerms.has(term)
      const hits: SearchHit[] = topOf(results, start + query.limit, order)
        .slice(start)
        .map((doc) => {
          const document = this.documents[doc]!
          return { document, highlights: highlight(document, isMatched, (ranked.fields[doc]! & fieldBit.body) !== 0) }
        })
      return { facets, hits, total: results.length }
    } finally {
      ranked.clear()
    }
  }

  /** Whether a slot may be shown for this query: its locale, and the reader's access. */
  private visibility(query: SearchQuery): (doc: number) => boolean {
    const locale = localeCodes[query.locale]
    const { access } = query
    const allowed = this.notExcluded(query)
    if (access.kind === 'everything') return (doc) => this.docLocale[doc] === locale && allowed(doc)
    const held = new Uint8Array(this.grantCodes.size)
    for (const grant of access.grants) {
      const code = this.grantCodes.get(grant)
      if (code !== undefined) held[code] = 1
    }
    return (doc) => {
      if (this.docLocale[doc] !== locale) return false
      const grants = this.docGrants[doc]!
      for (let i = 0; i < grants.length; i += 1) if (held[grants[i]!] === 1) return allowed(doc)
      return false
    }
  }

  /** The codes of a facet's given values as a lookup table (1: given), or undefined when none are given. */
  private facetCodeSet(facet: number, values: readonly string[] | undefined): Uint8Array | undefined {
    if (!values || values.length === 0) return undefined
    const set = new Uint8Array(this.facetLabels[facet]!.length)
    for (const value of values) {
      const code = this.facetCodes[facet]!.get(value)
      if (code !== undefined) set[code] = 1
    }
    return set
  }

  /** Whether a slot holds none of the values the query excludes. */
  private notExcluded(query: SearchQuery): (doc: number) => boolean {
    const excluded = this.facetNames.map((facet, index) => this.facetCodeSet(index, query.exclude?.[facet]))
    if (excluded.every((codes) => codes === undefined)) return () => true
    const { data: table, starts } = this.facetTable
    return (doc) => {
      for (let facet = 0, at = starts[doc]!; facet < excluded.length; facet += 1) {
        const size = table[at]!
        const codes = excluded[facet]
        if (codes) for (let i = 1; i <= size; i += 1) if (codes[table[at + i]!] === 1) return false
        at += size + 1
      }
      return true
    }
  }

  /** Applies the facet filters and counts facet values disjunctively (a facet ignores its own filter). */
  private filterAndCount(pool: number[], query: SearchQuery) {
    const wanted = this.facetNames.map((facet, index) => this.facetCodeSet(index, query.filters[facet]))
    const counts = this.facetLabels.map((labels) => new Int32Array(labels.length))
    const results: number[] = []
    const { data: table, starts } = this.facetTable
    for (const doc of pool) {
      const start = starts[doc]!
      let failing = -1
      let failures = 0
      for (let facet = 0, at = start; facet < wanted.length; facet += 1) {
        const size = table[at]!
        const accepted = wanted[facet]
        if (accepted) {
          let hit = false
          for (let i = 1; i <= size; i += 1) if (accepted[table[at + i]!] === 1) hit = true
          if (!hit) {
            failing = facet
            failures += 1
            if (failures > 1) break
          }
        }
        at += size + 1
      }
      if (failures > 1) continue
      if (failures === 0) results.push(doc)
      for (let facet = 0, at = start; facet < counts.length; facet += 1) {
        const size = table[at]!
        if (failing === -1 || facet === failing) {
          const facetCounts = counts[facet]!
          for (let i = 1; i <= size; i += 1) facetCounts[table[at + i]!]! += 1
        }
        at += size + 1
      }
    }
    const facets = Object.fromEntries(
      this.facetNames.map((facet, index) => {
        const labels = this.facetLabels[index]!
        const entries: Array<[string, number]> = []
        counts[index]!.forEach((count, code) => {
          if (count > 0) entries.push([labels[code]!, count])
        })
        return [facet, Object.fromEntries(entries.sort((a, b) => b[1] - a[1]))]
      }),
    )
    return { facets, results }
  }

  /** Fills `unitBuffer` with the documents matching any alternative of `unit`. */
  private matchUnit(unit: QueryUnit, locale: SearchQuery['locale'], matchedTerms: Set<string>): void {
    const out = this.unitBuffer
    out.ensure(this.documents.length)
    out.clear()
    for (const alternative of unit.alternatives) {
      const [first, ...rest] = alternative.words
      if (first === undefined) continue
      const last = (index: number) => unit.last && index === alternative.words.length - 1
      const phrase = this.phraseBuffer
      phrase.ensure(this.documents.length)
      phrase.clear()
      this.matchWord(first, locale, last(0), matchedTerms, phrase)
      rest.forEach((word, index) => {
        const next = this.wordBuffer
        next.ensure(this.documents.length)
        next.clear()
        this.matchWord(word, locale, last(index + 1), matchedTerms, next)
        phrase.intersect(next)
        next.clear()
      })
      for (const doc of phrase.docs) {
        out.offer(doc, phrase.typos[doc]!, alternative.synonym ? 0 : phrase.exact[doc]!, phrase.weight[doc]!, phrase.mask[doc]!)
      }
      phrase.clear()
    }
  }

  /** Documents containing `word`: exactly, with typos, as a prefix (last word, compounds) or by stem. */
  private matchWord(word: string, locale: SearchQuery['locale'], lastWord: boolean, matchedTerms: Set<string>, out: MatchBuffer) {
    const typos = allowedTypos(word)
    // The last word may still be being typed: prefixes with typos. Other words: typos, or an
    // exact start of a compound ("nazorg" -> "nazorgtafel").
    const termMatches = lastWord ? this.vocabulary.match(word, typos, true, 64) : this.vocabulary.match(word, typos, false)
    if (!lastWord && word.length >= 4) termMatches.push(...this.vocabulary.match(word, 0, true, 16))
    const stemmed = stem(word, locale)
    if (stemmed !== word) termMatches.push(...this.vocabulary.match(stemmed, 0, true, 16).map((match) => ({ ...match, prefix: true })))
    for (const match of termMatches) {
      const posting = this.postings.get(match.term)
      if (!posting) continue
      matchedTerms.add(match.term)
      const exact = match.typos === 0 && !match.prefix ? 1 : 0
      const { entries, length } = posting
      for (let i = 0; i < length; i += 1) {
        const doc = entries[i]! >>> 3
        if (this.documents[doc] === undefined) continue
        const mask = entries[i]! & 7
        out.offer(doc, match.typos, exact, fieldWeight(mask), mask)
      }
    }
  }

  private add(document: SearchDocument): void {
    this.drop(document.id)
    const doc = this.documents.length
    this.documents.push(document)
    this.updatedAt.push(Date.parse(document.updatedAt) || 0)
    // Flattened: for each facet in order, the number of values, then their codes.
    const part = this.facetPart
    part.length = 0
    this.facetNames.forEach((facet, index) => {
      const values = facetValues(document, facet)
      part.push(values.length)
      for (const value of values) part.push(this.facetCode(index, value))
    })
    this.facetTable.append(doc, part)
    this.docLocale.push(localeCodes[document.locale])
    this.docGrants.push(document.grants.map((grant) => this.grantCode(grant)))
    this.slots.set(document.id, doc)
    for (const field of fields) {
      const bit = fieldBit[field]
      packedTerms(document[field], (units, count, length) => this.pending.add(this.termTable.numberOf(units, count, length), doc, bit))
    }
    if (this.pending.length >= pendingLimit) this.flushPostings()
  }

  /** Moves the words of the documents added since the last flush into their postings. */
  private flushPostings(): void {
    this.pending.drain((term, entries, from, to) => (this.postingOf[term] ?? this.addPosting(term)).append(entries, from, to))
  }

  /**
   * New terms reach the vocabulary in the order they first appear in the documents (`drain`
   * keeps it), and lookups that stop after so many prefixes list them in that order.
   */
  private addPosting(number: number): Posting {
    const term = this.termTable.terms[number]!
    const posting = new Posting()
    this.postingOf[number] = posting
    this.postings.set(term, posting)
    this.vocabulary.insert(term)
    return posting
  }

  private grantCode(grant: string): number {
    let code = this.grantCodes.get(grant)
    if (code === undefined) {
      code = this.grantCodes.size
      this.grantCodes.set(grant, code)
    }
    return code
  }

  private facetCode(facet: number, value: string): number {
    const codes = this.facetCodes[facet]!
    let code = codes.get(value)
    if (code === undefined) {
      code = codes.size
      codes.set(value, code)
      this.facetLabels[facet]!.push(value)
    }
    return code
  }

  private drop(id: string): void {
    const doc = this.slots.get(id)
    if (doc === undefined) return
    this.documents[doc] = undefined
    this.docLocale[doc] = -1
    this.slots.delete(id)
    this.stale += 1
  }

  /** Replaced and removed documents leave postings behind; rebuild once they are a third. */
  private compactIfWasteful(): void {
    if (this.stale < 1000 || this.stale < this.documents.length / 3) return
    const live = this.documents.filter((document): document is SearchDocument => document !== undefined)
    this.emptySlots()
    for (const document of live) this.add(document)
    this.flushPostings()
  }

  /** Forgets every document; facet and grant codes and the vocabulary stay valid and are kept. */
  private emptySlots(): void {
    this.documents = []
    this.updatedAt = []
    this.facetTable = new FacetTable()
    this.docLocale = []
    this.docGrants = []
    this.slots.clear()
    this.postings.clear()
    this.postingOf = []
    this.stale = 0
  }
}

/** The first `count` entries in `order`, without sorting everything. */
function topOf(entries: number[], count: number, order: (a: number, b: number) => number): number[] {
  if (entries.length <= count * 4) return entries.sort(order).slice(0, count)
  const top: number[] = []
  for (const entry of entries) {
    if (top.length === count && order(entry, top[count - 1]!) >= 0) continue
    let at = top.length
    while (at > 0 && order(entry, top[at - 1]!) < 0) at -= 1
    top.splice(at, 0, entry)
    if (top.length > count) top.pop()
  }
  return top
}
