import autocannon from 'autocannon'

import type { RunningServer } from '../src/server'

const seconds = Number(process.env.BENCH_LOAD_SECONDS || 10)
const connections = 50

type Target = { label: string; method?: 'GET' | 'POST'; path: string; body?: string }

const health: Target = { label: 'GET /api/health (baseline: database ping)', path: '/api/health' }
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

type LoadResult = {
  label: string
  perSecond: number
  p50: number
  p95: number
  p99: number
  errors: number
  /** Until every connection had its first answer: Node accepts one new connection per event-loop turn. */
  rampMs: number
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/**
 * One target at `count` connections for a fixed time. Response times are kept for exact
 * percentiles of the steady state: requests sent before every connection had its first answer
 * are left out (their wait is the ramp, printed on its own), as are the requests of the first
 * second after it.
 */
async function load(url: string, target: Target, count = connections, duration = seconds): Promise<LoadResult> {
  const started = performance.now()
  const answered = new Set<unknown>()
  let rampEnd: number | undefined
  const times: number[] = []
  let errors = 0
  // Until every connection is open, all of them ask for the health check: Node accepts one new
  // connection per event-loop turn, and a turn is short only while the requests are cheap.
  const healthCheckDuringRamp = (request: autocannon.Request) =>
    rampEnd === undefined ? { ...request, body: undefined, headers: {}, method: 'GET' as const, path: health.path } : request
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        connections: count,
        duration,
        requests: [
          {
            body: target.body,
            headers: target.body ? { 'content-type': 'application/json' } : {},
            method: target.method ?? 'GET',
            path: target.path,
            setupRequest: healthCheckDuringRamp,
          },
        ],
        url,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    )
    instance.on('response', (client, statusCode, _bytes, responseTime) => {
      const now = performance.now()
      if (statusCode >= 400) errors += 1
      if (!answered.has(client)) {
        answered.add(client)
        if (answered.size === count) rampEnd = now
        return
      }
      if (rampEnd !== undefined && now - responseTime >= rampEnd + 1000) times.push(responseTime)
    })
  })
  times.sort((a, b) => a - b)
  const measuredSeconds = Math.max(0.001, (started + duration * 1000 - (rampEnd ?? started) - 1000) / 1000)
  return {
    errors: errors + result.errors + result.timeouts,
    label: target.label,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    perSecond: times.length / measuredSeconds,
    rampMs: (rampEnd ?? performance.now()) - started,
  }
}

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
