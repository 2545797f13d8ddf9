import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'

function createMetrics() {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  const registers = [registry]
  return {
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
