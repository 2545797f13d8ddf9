import type {
  FacetName,
  SearchDocument,
  SearchEngine,
  SearchHit,
  SearchQuery,
  SearchResult,
  SearchableCollection,
  SynonymGroup,
} from '../../types'

import { terms } from '../../text/normalize'
import { stem } from '../../text/stem'
import { facetNames } from '../../types'
import { allowedBy, facetValues } from '../filters'
import { highlight } from '../highlight'
import { allowedTypos, parseQuery, type QueryUnit, synonymTable, type SynonymTable } from '../query'
import { VocabularyTrie } from './trie'

/** Where a term occurs in a document; a lower field ranks higher. */
const fields = ['title', 'summary', 'body'] as const
const fieldBit = { body: 4, summary: 2, title: 1 } as const
const fieldWeight = (mask: number) => (mask & 1 ? 3 : mask & 2 ? 2 : 1)

type Posting = { docs: number[]; masks: number[] }

/** How well one query unit matches one document. */
type UnitMatch = { typos: number; weight: number; exact: boolean; mask: number }

type Ranked = { doc: number; words: number; typos: number; weight: number; exact: number; updated: number; fields: number }

/**
 * The search engine used when no Meilisearch is configured: an in-memory inverted index with a
 * vocabulary trie for typo-tolerant and prefix lookups, ranked the way Meilisearch ranks (all
 * words before some, fewer typos first, title before summary before body, exact before prefix).
 * One instance per process: the index lives in this process's memory.
 */
export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded' as const
  private documents: Array<SearchDocument | undefined> = []
  private updatedAt: number[] = []
  /** Per document, codes of its values for each facet in `facetNames` order, computed once. */
  private facetTable: number[][][] = []
  /** Facet values as small integers, so counting is array arithmetic. */
  private readonly facetCodes = facetNames.map(() => new Map<string, number>())
  private readonly facetLabels: string[][] = facetNames.map(() => [])
  private readonly slots = new Map<string, number>()
  private readonly postings = new Map<string, Posting>()
  private readonly vocabulary = new VocabularyTrie()
  private synonyms: SynonymTable = new Map()
  private stale = 0

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (const document of documents) this.add(document)
    this.compactIfWasteful()
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) this.drop(id)
    this.compactIfWasteful()
  }

  async removeItem(type: SearchableCollection, itemId: string): Promise<void> {
    await this.remove([...this.slots.keys()].filter((id) => id.startsWith(`${type}:${itemId}:`)))
  }

  async setSynonyms(groups: SynonymGroup[]): Promise<void> {
    this.synonyms = synonymTable(groups)
  }

  async documentIds(): Promise<string[]> {
    return [...this.slots.keys()]
  }

  async clear(): Promise<void> {
    this.documents = []
    this.updatedAt = []
    this.facetTable = []
    this.slots.clear()
    this.postings.clear()
    this.stale = 0
  }

  async health() {
    return { ok: true }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const units = parseQuery(query.q, query.locale, this.synonyms)
    const matchedTerms = new Set<string>()
    const candidates = units.length === 0 ? undefined : this.rank(units, query.locale, matchedTerms)

    const visible = (doc: number) => {
      const document = this.documents[doc]
      return document !== undefined && document.locale === query.locale && allowedBy(query.access, document)
    }
    const pool: Ranked[] = candidates
      ? candidates.filter((each) => visible(each.doc))
      : this.documents.flatMap((document, doc) =>
          visible(doc) ? [{ doc, exact: 0, fields: 0, typos: 0, updated: this.updatedAt[doc]!, weight: 0, words: 0 }] : [],
        )

    const wanted = facetNames.map((facet, index) => {
      const values = query.filters[facet]
      if (!values || values.length === 0) return undefined
      return new Set(values.map((value) => this.facetCodes[index]!.get(value) ?? -1))
    })
    const counts = this.facetLabels.map((labels) => new Int32Array(labels.length))
    const results: Ranked[] = []
    for (const entry of pool) {
      const codes = this.facetTable[entry.doc]!
      // Disjunctive counting: a document failing one facet's filter still counts for that facet.
      let failing = -1
      let failures = 0
      for (let facet = 0; facet < wanted.length && failures < 2; facet += 1) {
        const accepted = wanted[facet]
        if (accepted && !codes[facet]!.some((code) => accepted.has(code))) {
          failing = facet
          failures += 1
        }
      }
      if (failures > 1) continue
      if (failures === 0) results.push(entry)
      for (let facet = 0; facet < counts.length; facet += 1) {
        if (failing !== -1 && facet !== failing) continue
        const facetCounts = counts[facet]!
        for (const code of codes[facet]!) facetCounts[code]! += 1
      }
    }
    const facets = Object.fromEntries(
      facetNames.map((facet, index) => {
        const labels = this.facetLabels[index]!
        const entries: Array<[string, number]> = []
        counts[index]!.forEach((count, code) => {
          if (count > 0) entries.push([labels[code]!, count])
        })
        return [facet, Object.fromEntries(entries.sort((a, b) => b[1] - a[1]))]
      }),
    ) as SearchResult['facets']

    const order = query.sort === 'newest' || !candidates ? byNewest : byRelevance
    const start = (query.page - 1) * query.limit
    const isMatched = (term: string) => matchedTerms.has(term)
    const hits: SearchHit[] = topOf(results, start + query.limit, order).slice(start).map((entry) => {
      const document = this.documents[entry.doc]!
      return { document, highlights: highlight(document, isMatched, (entry.fields & fieldBit.body) !== 0) }
    })
    return { facets, hits, total: results.length }
  }

  private rank(units: QueryUnit[], locale: SearchQuery['locale'], matchedTerms: Set<string>): Ranked[] {
    const perDoc = new Map<number, Ranked>()
    for (const unit of units) {
      const unitMatches = this.matchUnit(unit, locale, matchedTerms)
      for (const [doc, match] of unitMatches) {
        let ranked = perDoc.get(doc)
        if (!ranked) {
          ranked = { doc, exact: 0, fields: 0, typos: 0, updated: this.updatedAt[doc]!, weight: 0, words: 0 }
          perDoc.set(doc, ranked)
        }
        ranked.words += 1
        ranked.typos += match.typos
        ranked.weight += match.weight
        ranked.fields |= match.mask
        if (match.exact) ranked.exact += 1
      }
    }
    return [...perDoc.values()]
  }

  private matchUnit(unit: QueryUnit, locale: SearchQuery['locale'], matchedTerms: Set<string>): Map<number, UnitMatch> {
    let best = new Map<number, UnitMatch>()
    for (const alternative of unit.alternatives) {
      let combined: Map<number, UnitMatch> | undefined
      alternative.words.forEach((word, index) => {
        const lastWord = unit.last && index === alternative.words.length - 1
        const matches = this.matchWord(word, locale, lastWord, matchedTerms)
        if (!combined) {
          combined = matches
          return
        }
        const next = new Map<number, UnitMatch>()
        for (const [doc, match] of matches) {
          const known = combined.get(doc)
          if (known) {
            next.set(doc, {
              exact: known.exact && match.exact,
              mask: known.mask | match.mask,
              typos: known.typos + match.typos,
              weight: Math.max(known.weight, match.weight),
            })
          }
        }
        combined = next
      })
      for (const [doc, match] of combined ?? []) {
        const scored = alternative.synonym ? { ...match, exact: false } : match
        const known = best.get(doc)
        if (!known || isBetter(scored, known)) best.set(doc, scored)
      }
    }
    return best
  }

  /** Documents containing `word`: exactly, with typos, as a prefix (last word, compounds) or by stem. */
  private matchWord(word: string, locale: SearchQuery['locale'], lastWord: boolean, matchedTerms: Set<string>) {
    const matches = new Map<number, UnitMatch>()
    const typos = allowedTypos(word)
    // The last word may still be being typed: prefixes with typos. Other words: typos, or an
    // exact start of a compound ("nazorg" -> "nazorgtafel").
    const termMatches = lastWord
      ? this.vocabulary.match(word, typos, true, 64)
      : this.vocabulary.match(word, typos, false)
    if (!lastWord && word.length >= 4) termMatches.push(...this.vocabulary.match(word, 0, true, 16))
    const stemmed = stem(word, locale)
    if (stemmed !== word) termMatches.push(...this.vocabulary.match(stemmed, 0, true, 16).map((match) => ({ ...match, prefix: true })))
    for (const match of termMatches) {
      const posting = this.postings.get(match.term)
      if (!posting) continue
      matchedTerms.add(match.term)
      const exact = match.typos === 0 && !match.prefix
      for (let i = 0; i < posting.docs.length; i += 1) {
        const doc = posting.docs[i]!
        if (this.documents[doc] === undefined) continue
        const candidate = { exact, mask: posting.masks[i]!, typos: match.typos, weight: fieldWeight(posting.masks[i]!) }
        const known = matches.get(doc)
        if (!known || isBetter(candidate, known)) matches.set(doc, candidate)
      }
    }
    return matches
  }

  private add(document: SearchDocument): void {
    this.drop(document.id)
    const doc = this.documents.length
    this.documents.push(document)
    this.updatedAt.push(Date.parse(document.updatedAt) || 0)
    this.facetTable.push(facetNames.map((facet, index) => facetValues(document, facet).map((value) => this.facetCode(index, value))))
    this.slots.set(document.id, doc)
    const masks = new Map<string, number>()
    for (const field of fields) {
      for (const term of terms(document[field])) masks.set(term, (masks.get(term) ?? 0) | fieldBit[field])
    }
    for (const [term, mask] of masks) {
      let posting = this.postings.get(term)
      if (!posting) {
        posting = { docs: [], masks: [] }
        this.postings.set(term, posting)
        this.vocabulary.insert(term)
      }
      posting.docs.push(doc)
      posting.masks.push(mask)
    }
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
    this.slots.delete(id)
    this.stale += 1
  }

  /** Replaced and removed documents leave postings behind; rebuild once they are a third. */
  private compactIfWasteful(): void {
    if (this.stale < 1000 || this.stale < this.documents.length / 3) return
    const live = this.documents.filter((document): document is SearchDocument => document !== undefined)
    this.documents = []
    this.updatedAt = []
    this.facetTable = []
    this.slots.clear()
    this.postings.clear()
    this.stale = 0
    for (const document of live) this.add(document)
  }
}

/** The first `count` entries in `order`, without sorting everything. */
function topOf(entries: Ranked[], count: number, order: (a: Ranked, b: Ranked) => number): Ranked[] {
  if (entries.length <= count * 4) return entries.sort(order).slice(0, count)
  const top: Ranked[] = []
  for (const entry of entries) {
    if (top.length === count && order(entry, top[count - 1]!) >= 0) continue
    let at = top.length
    while (at > 0 && order(entry, top[at - 1]!) < 0) at -= 1
    top.splice(at, 0, entry)
    if (top.length > count) top.pop()
  }
  return top
}

const isBetter = (a: UnitMatch, b: UnitMatch) =>
  a.typos !== b.typos ? a.typos < b.typos : a.exact !== b.exact ? a.exact : a.weight > b.weight

const byNewest = (a: Ranked, b: Ranked) => b.updated - a.updated

const byRelevance = (a: Ranked, b: Ranked) =>
  b.words - a.words || a.typos - b.typos || b.weight - a.weight || b.exact - a.exact || b.updated - a.updated
