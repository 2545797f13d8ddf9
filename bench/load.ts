import autocannon from 'autocannon'

import type { RunningServer } from '../src/server'

const seconds = Number(process.env.BENCH_LOAD_SECONDS || 10)
const connections = 50

type Target = { label: string; method?: 'GET' | 'POST'; path: string; body?: string }

const targets: Target[] = [
  { label: 'GET /api/health (baseline: database ping)', path: '/api/health' },
  { label: 'GET /api/search?q=phishing ouderen', path: '/api/search?q=phishing%20ouderen' },
  { label: 'GET /api/interventions?limit=10 (REST list)', path: '/api/interventions?limit=10&depth=1' },
  {
    body: JSON.stringify({ query: '{ Interventions(limit: 10) { docs { id title summary themes { name } } } }' }),
    label: 'POST /api/graphql (10 cards with themes)',
    method: 'POST',
    path: '/api/graphql',
  },
]

type LoadResult = { label: string; perSecond: number; p50: number; p95: number; p99: number; errors: number; requests: number }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/** One target at 50 connections for a fixed time, every response time kept for exact percentiles. */
async function load(url: string, target: Target): Promise<LoadResult> {
  const times: number[] = []
  let errors = 0
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        body: target.body,
        connections,
        duration: seconds,
        headers: target.body ? { 'content-type': 'application/json' } : {},
        method: target.method ?? 'GET',
        url: `${url}${target.path}`,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    )
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime)
      if (statusCode >= 400) errors += 1
    })
  })
  times.sort((a, b) => a - b)
  return {
    errors: errors + result.errors + result.timeouts,
    label: target.label,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    perSecond: result.requests.average,
    requests: result.requests.total,
  }
}

/**
 * Load over loopback: each API path at 50 concurrent connections for BENCH_LOAD_SECONDS
 * (default 10), next to the health check as a baseline measured in the same run.
 */
export async function benchLoad(server: RunningServer) {
  const url = server.url.replace('localhost', '127.0.0.1')
  const results: LoadResult[] = []
  for (const target of targets) results.push(await load(url, target))
  const baseline = results[0]!
  const fixed = (value: number, width = 9) => value.toFixed(1).padStart(width)
  console.log(`\nHTTP load: ${connections} connections, ${seconds} s per path, loopback`)
  console.log(
    `${'path'.padEnd(48)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}  req/s x baseline`,
  )
  for (const row of results) {
    console.log(
      `${row.label.padEnd(48)}${fixed(row.perSecond)}${fixed(row.p50)}${fixed(row.p95)}${fixed(row.p99)}${String(row.errors).padStart(8)}  ${(row.perSecond / baseline.perSecond).toFixed(2)}`,
    )
  }
}
