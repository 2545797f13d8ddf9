import { createClient } from '@libsql/client'
import MiniSearch from 'minisearch'

import type { SearchDocument, SearchQuery } from '../plugins/search/types'

import { searchFacets } from '../domain/vocabulary'

import { EmbeddedEngine } from '../plugins/search/engine/embedded'
import { allowedTypos } from '../plugins/search/engine/query'
import { generateDocuments, random, vocabulary, withTypo } from './corpus'

type Timing = { p50: number; p95: number }
type Row = { engine: string; size: number; indexPerSecond: number; heapMb: number; exact?: Timing; typo?: Timing; faceted?: Timing }

const queriesPerKind = Number(process.env.BENCH_QUERIES || 200)

const percentiles = (ms: number[]): Timing => {
  const sorted = [...ms].sort((a, b) => a - b)
  return { p50: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.floor(sorted.length * 0.95)]! }
}

const heapMb = () => {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed / 1024 / 1024
}

async function time(queries: string[], run: (q: string) => Promise<unknown> | unknown): Promise<Timing> {
  for (const q of queries.slice(0, 20)) await run(q)
  const ms: number[] = []
  for (const q of queries) {
    const started = performance.now()
    await run(q)
    ms.push(performance.now() - started)
  }
  return percentiles(ms)
}

const facetFilter = { role: ['victim', 'organisation'], targetGroup: ['seniors', 'youth'] } satisfies SearchQuery['filters']
/** A member of org-1, as every engine in the comparison filters for them. */
const readerGrants = ['public', 'partners', 'organisation:org-1']

async function benchEmbedded(documents: SearchDocument[], exact: string[], typo: string[]): Promise<Row> {
  const before = heapMb()
  const engine = new EmbeddedEngine({ facets: searchFacets })
  const started = performance.now()
  for (let i = 0; i < documents.length; i += 1000) await engine.upsert(documents.slice(i, i + 1000))
  const indexMs = performance.now() - started
  const heap = heapMb() - before
  const query = (q: string, filters: SearchQuery['filters'] = {}) =>
    engine.search({
      access: { kind: 'restricted', grants: readerGrants },
      filters,
      limit: 20,
      locale: 'nl',
      page: 1,
      q,
      sort: 'relevance',
    })
  return {
    engine: 'embedded (ours)',
    exact: await time(exact, (q) => query(q)),
    faceted: await time(typo, (q) => query(q, facetFilter)),
    heapMb: heap,
    indexPerSecond: (documents.length / indexMs) * 1000,
    size: documents.length,
    typo: await time(typo, (q) => query(q)),
  }
}

async function benchMiniSearch(documents: SearchDocument[], exact: string[], typo: string[]): Promise<Row> {
  const before = heapMb()
  const started = performance.now()
  const index = new MiniSearch<SearchDocument & { targetGroup: string[]; role: string[] }>({
    fields: ['title', 'summary', 'body'],
    searchOptions: { boost: { summary: 2, title: 3 }, fuzzy: (term) => allowedTypos(term), prefix: true },
    storeFields: ['title', 'grants', 'targetGroup', 'role'],
  })
  index.addAll(documents.map((document) => ({ ...document, role: document.facets.role, targetGroup: document.facets.targetGroup })))
  const indexMs = performance.now() - started
  const heap = heapMb() - before
  const allowed = (result: Record<string, any>) => (result.grants as string[]).some((grant) => readerGrants.includes(grant))
  const faceted = (q: string) => {
    const counts: Record<string, Record<string, number>> = { role: {}, targetGroup: {} }
    const hits = index.search(q, {
      filter: (result) =>
        allowed(result) &&
        facetFilter.role.some((value) => result.role.includes(value)) &&
        facetFilter.targetGroup.some((value) => result.targetGroup.includes(value)),
    })
    for (const hit of hits)
      for (const facet of ['role', 'targetGroup'] as const)
        for (const value of hit[facet]) counts[facet]![value] = (counts[facet]![value] ?? 0) + 1
    return hits.slice(0, 20)
  }
  return {
    engine: 'minisearch 7 (library baseline)',
    exact: await time(exact, (q) => index.search(q, { filter: allowed, fuzzy: false, prefix: false }).slice(0, 20)),
    faceted: await time(typo, faceted),
    heapMb: heap,
    indexPerSecond: (documents.length / indexMs) * 1000,
    size: documents.length,
    typo: await time(typo, (q) => index.search(q, { filter: allowed }).slice(0, 20)),
  }
}

async function benchLike(documents: SearchDocument[], exact: string[]): Promise<Row> {
  const db = createClient({ url: ':memory:' })
  await db.execute('create table docs (id text primary key, title text, summary text, body text, grant text, target_groups text)')
  const started = performance.now()
  for (let i = 0; i < documents.length; i += 1000) {
    await db.batch(
      documents.slice(i, i + 1000).map((document) => ({
        args: [document.id, document.title, document.summary, document.body, document.grants[0]!, document.facets.targetGroup.join(',')],
        sql: 'insert into docs values (?, ?, ?, ?, ?, ?)',
      })),
      'write',
    )
  }
  const indexMs = performance.now() - started
  const likeQuery = (q: string, faceted: boolean) => {
    const words = q.split(' ')
    const clauses = words.map(() => '(title like ? or summary like ? or body like ?)').join(' and ')
    const args = words.flatMap((word) => [`%${word}%`, `%${word}%`, `%${word}%`])
    const facet = faceted ? " and (target_groups like '%seniors%' or target_groups like '%youth%')" : ''
    return db.execute({
      args,
      sql: `select id, title from docs where grant in ('public', 'partners', 'organisation:org-1') and ${clauses}${facet} limit 20`,
    })
  }
  const row: Row = {
    engine: 'SQLite LIKE (database baseline, no typos)',
    exact: await time(exact, (q) => likeQuery(q, false)),
    faceted: await time(exact, (q) => likeQuery(q, true)),
    heapMb: 0,
    indexPerSecond: (documents.length / indexMs) * 1000,
    size: documents.length,
  }
  db.close()
  return row
}

const cell = (timing?: Timing) => (timing ? `${timing.p50.toFixed(2)} / ${timing.p95.toFixed(2)}` : 'n/a').padStart(15)

export async function benchSearch(sizes: number[]) {
  const words = vocabulary()
  const next = random(42)
  const queryWords = words.filter((word) => word.length >= 6 && word.length <= 12)
  const pick = () => queryWords[Math.floor(next() * queryWords.length)]!
  const exact = Array.from({ length: queriesPerKind }, () => `${pick()} ${pick()}`)
  const typo = exact.map((q) =>
    q
      .split(' ')
      .map((word) => withTypo(word, next))
      .join(' '),
  )

  console.log(`\nSearch: ${queriesPerKind} queries per kind; p50 / p95 in ms; faceted = typo query + 2 facet filters + counts`)
  console.log(
    `${'docs'.padStart(7)}  ${'engine'.padEnd(42)}${'index docs/s'.padStart(13)}${'heap MB'.padStart(9)}${'exact'.padStart(15)}${'typo'.padStart(15)}${'faceted'.padStart(15)}  p95 x baseline (typo, faceted)`,
  )
  for (const size of sizes) {
    const documents = generateDocuments(size, words)
    const rows = [await benchEmbedded(documents, exact, typo), await benchMiniSearch(documents, exact, typo)]
    if (size <= 10_000) rows.push(await benchLike(documents, exact))
    const baseline = rows[1]!
    for (const row of rows) {
      const times = (mine?: Timing, theirs?: Timing) => (mine && theirs ? (mine.p95 / theirs.p95).toFixed(2) : 'n/a')
      const ratio = `${times(row.typo, baseline.typo)}, ${times(row.faceted, baseline.faceted)}`
      console.log(
        `${String(size).padStart(7)}  ${row.engine.padEnd(42)}${row.indexPerSecond.toFixed(0).padStart(13)}${row.heapMb.toFixed(0).padStart(9)}${cell(row.exact)}${cell(row.typo)}${cell(row.faceted)}  ${ratio}`,
      )
    }
  }
}
