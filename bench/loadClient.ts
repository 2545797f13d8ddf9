import autocannon from 'autocannon'

export type Target = { label: string; method?: 'GET' | 'POST'; path: string; body?: string }

export const health: Target = { label: 'GET /api/health (baseline: database ping)', path: '/api/health' }

export type LoadResult = {
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
export async function load(url: string, target: Target, count: number, duration: number): Promise<LoadResult> {
  const started = performance.now()
  const answered = new Set<unknown>()
  let rampEnd: number | undefined
  const times: number[] = []
  let errors = 0
  // Until every connection is open, all of them ask for the health check: Node accepts one new
  // connection per event-loop turn, and a turn is short only while the requests are cheap.
  const healthCheckDuringRamp = (request: autocannon.Request) =>
    rampEnd === undefined
      ? { ...request, body: undefined, headers: { 'accept-encoding': 'gzip' }, method: 'GET' as const, path: health.path }
      : request
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        connections: count,
        duration,
        requests: [
          {
            body: target.body,
            // As browsers and HTTP clients ask: compressed where it pays.
            headers: { 'accept-encoding': 'gzip', ...(target.body ? { 'content-type': 'application/json' } : {}) },
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
