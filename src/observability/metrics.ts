import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'

import type { Look } from '../../lib/poller'

function createMetrics() {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  const registers = [registry]
  return {
    backgroundLooks: new Counter({
      help: 'Looks of the background workers for queued work, by worker, what started the look (a commit in this process, or the timer) and whether it found work.',
      labelNames: ['worker', 'trigger', 'found'] as const,
      name: 'weerbaar_background_looks_total',
      registers,
    }),
    backgroundNextLook: new Gauge({
      help: 'Seconds each background worker waits before its next look unless a commit wakes it: its interval while it finds work, doubling up to WORKER_IDLE_CEILING_SECONDS while it finds none.',
      labelNames: ['worker'] as const,
      name: 'weerbaar_background_next_look_seconds',
      registers,
    }),
    httpDuration: new Histogram({
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      help: 'Time to answer HTTP requests, in seconds, by method and route.',
      labelNames: ['method', 'route'] as const,
      name: 'weerbaar_http_request_duration_seconds',
      registers,
    }),
    httpErrors: new Counter({
      help: 'HTTP requests answered with a server error (5xx), by route.',
      labelNames: ['route'] as const,
      name: 'weerbaar_http_errors_total',
      registers,
    }),
    httpRequests: new Counter({
      help: 'HTTP requests answered, by method, route and status code.',
      labelNames: ['method', 'route', 'status'] as const,
      name: 'weerbaar_http_requests_total',
      registers,
    }),
    publicReadCache: new Counter({
      help: "Visitors' public reads answered from the public read cache (hit) or made and kept (miss).",
      labelNames: ['outcome'] as const,
      name: 'weerbaar_public_read_cache_total',
      registers,
    }),
    registry,
    searchDuration: new Histogram({
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      help: 'Time the search engine took to answer, in seconds, by engine.',
      labelNames: ['engine'] as const,
      name: 'weerbaar_search_duration_seconds',
      registers,
    }),
    searchQueueLength: new Gauge({
      help: 'Index changes waiting in the search queue.',
      name: 'weerbaar_search_queue_length',
      registers,
    }),
  }
}

type Metrics = ReturnType<typeof createMetrics>

const key = Symbol.for('weerbaar.metrics')
const store = globalThis as typeof globalThis & { [key]?: Metrics }

/**
 * The process's Prometheus metrics, served at /metrics. One set per process: the express host
 * and Next's bundle of this module (searches from the portal) share it through a global.
 */
export const metrics: Metrics = (store[key] ??= createMetrics())

/** Records each look of one background worker (`search`, `mail`, `notifications`, `webhooks`). */
export const recordLooks =
  (worker: string) =>
  ({ found, nextLookMs, woken }: Look): void => {
    metrics.backgroundLooks.inc({ found: String(found), trigger: woken ? 'commit' : 'timer', worker })
    metrics.backgroundNextLook.set({ worker }, nextLookMs / 1000)
  }
