import { Worker } from 'node:worker_threads'

import type { RunningServer } from '../src/server'
import { health, type LoadResult, type Target } from './loadClient'

const seconds = Number(process.env.BENCH_LOAD_SECONDS || 10)
const connections = 50

/**
 * The client runs in a thread of its own (its own event loop and heap), as an outside client
 * would: in the server's thread its work and garbage collection would land in the server's figures.
 */
const loadWorker = new URL('./loadWorker.ts', import.meta.url)
const load = (url: string, target: Target, count = connections, duration = seconds) =>
  new Promise<LoadResult>((resolve, reject) => {
    // A worker does not take over its parent's TypeScript loader: it registers tsx before loading the client.
    const worker = new Worker(`require('tsx/esm/api').register(); import(${JSON.stringify(loadWorker.href)})`, {
      eval: true,
      workerData: { count, duration, target, url },
    })
    worker.once('message', resolve)
    worker.once('error', reject)
  })
const reads: Target[] = [
  { label: 'GET /api/search?q=phishing ouderen', path: '/api/search?q=phishing%20ouderen' },
  { label: 'GET /api/interventions?limit=10 (REST list)', path: '/api/interventions?limit=10&depth=1' },
  {
    body: JSON.stringify({ query: '{ Interventions(limit: 10) { docs { id title summary themes { name } } } }' }),
    label: 'POST /api/graphql (10 cards with themes)',
    method: 'POST',
    path: '/api/graphql',
  },
]

/** Two classes at once: the first saturates the server, the second is what must not starve behind it. */
async function loadTogether(url: string, busy: Target, probe: Target, probeConnections: number): Promise<[LoadResult, LoadResult]> {
  return Promise.all([load(url, busy, connections - probeConnections), load(url, probe, probeConnections)])
}

/** The seed leaves index changes queued; measuring while they are applied would charge them to the first path. */
async function untilQueuedWorkIsDone({ payload }: RunningServer) {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { completedAt: { exists: false } },
    })
    if (totalDocs === 0) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

const fixed = (value: number, width = 9) => value.toFixed(1).padStart(width)

function printTable(title: string, rows: LoadResult[], baseline: LoadResult) {
  console.log(`\n${title}`)
  console.log(
    `${'path'.padEnd(56)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'p99/p50'.padStart(9)}${'ramp ms'.padStart(9)}${'errors'.padStart(8)}  req/s x health`,
  )
  for (const row of rows) {
    console.log(
      `${row.label.padEnd(56)}${fixed(row.perSecond)}${fixed(row.p50)}${fixed(row.p95)}${fixed(row.p99)}${fixed(row.p99 / Math.max(row.p50, 0.001))}${fixed(row.rampMs)}${String(row.errors).padStart(8)}  ${(row.perSecond / baseline.perSecond).toFixed(2)}`,
    )
  }
}

/**
 * Load over loopback: each API path at 50 concurrent connections for BENCH_LOAD_SECONDS (default
 * 10), as a visitor whose repeated reads the public read cache answers, and again with the cache
 * off; next to the health check as a baseline measured in the same run. Then the fairness check:
 * the health check and a search beside a saturating uncached REST list.
 */
export async function benchLoad(server: RunningServer) {
  await untilQueuedWorkIsDone(server)
  const url = server.url.replace('localhost', '127.0.0.1')
  const baseline = await load(url, health)
  const cached: LoadResult[] = []
  for (const target of reads) cached.push(await load(url, { ...target, label: `${target.label}, cached` }))
  server.publicReads.enabled = false
  const uncached: LoadResult[] = []
  try {
    for (const target of reads) uncached.push(await load(url, { ...target, label: `${target.label}, uncached` }))
  } finally {
    server.publicReads.enabled = true
  }
  printTable(
    `HTTP load: ${connections} connections, ${seconds} s per path, loopback; percentiles of the steady state (after the ramp and one second)`,
    [baseline, ...cached, ...uncached],
    baseline,
  )

  server.publicReads.enabled = false
  const restList = reads[1]!
  let together: LoadResult[]
  try {
    const [busyHealth, probeHealth] = await loadTogether(
      url,
      { ...restList, label: `${restList.label}, uncached` },
      { ...health, label: 'beside it: GET /api/health' },
      5,
    )
    const [busySearch, probeSearch] = await loadTogether(
      url,
      { ...restList, label: `${restList.label}, uncached` },
      { ...reads[0]!, label: 'beside it: GET /api/search (uncached)' },
      5,
    )
    together = [busyHealth, probeHealth, busySearch, probeSearch]
  } finally {
    server.publicReads.enabled = true
  }
  printTable(`Fairness: ${connections - 5} connections of uncached REST lists and 5 of another class at the same time`, together, baseline)
}
