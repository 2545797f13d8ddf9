import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

const token = 'metrics-token-for-the-test'

describe('observability: metrics and readiness', () => {
  let server: TestServer
  const url = () => server.url
  const scrape = async (authorization?: string) => {
    const response = await fetch(`${url()}/metrics`, { headers: authorization ? { authorization } : {} })
    return { response, text: await response.text() }
  }
  const sample = (text: string, series: string) => {
    const line = text.split('\n').find((each) => each.startsWith(series))
    return line ? Number(line.slice(series.length).trim()) : undefined
  }

  beforeAll(async () => {
    server = await startServer({ METRICS_TOKEN: token }, 'observability')
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('serves Prometheus metrics only with the token', async () => {
    expect((await scrape()).response.status).toBe(401)
    expect((await scrape('Bearer wrong')).response.status).toBe(401)
    const { response, text } = await scrape(`Bearer ${token}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/plain/)
    expect(text).toContain('# TYPE weerbaar_http_requests_total counter')
    expect(text).toContain('process_cpu_user_seconds_total')
  })

  it('counts requests per route, with ids folded into the route', async () => {
    const series = 'weerbaar_http_requests_total{method="GET",route="/api/interventions/:id",status="200"}'
    const before = sample((await scrape(`Bearer ${token}`)).text, series) ?? 0
    const { body } = await api(url(), '/api/interventions?limit=3&depth=0')
    for (const doc of body.docs) expect((await api(url(), `/api/interventions/${doc.id}`)).status).toBe(200)
    const { text } = await scrape(`Bearer ${token}`)
    expect(sample(text, series)).toBe(before + body.docs.length)
    expect(text).not.toContain(body.docs[0].id)
    await fetch(`${url()}/api/verzonnen-pad-${Date.now()}`)
    expect((await scrape(`Bearer ${token}`)).text).toContain('route="(not found)"')
  })

  it('measures search latency and shows the index queue', async () => {
    await api(url(), '/api/search?q=phishing')
    await fetch(`${url()}/zoeken?q=ouderen`)
    const { text } = await scrape(`Bearer ${token}`)
    expect(sample(text, 'weerbaar_search_duration_seconds_count{engine="embedded"}')).toBeGreaterThanOrEqual(2)
    expect(sample(text, 'weerbaar_search_queue_length'), 'the queue length is reported').toBeTypeOf('number')
    expect(text).toMatch(/weerbaar_http_request_duration_seconds_bucket\{le="0.05",method="GET",route="\/api\/search"\}/)
  })

  it('reports readiness with the database and the search engine', async () => {
    const { body, status } = await api(url(), '/api/health/ready')
    expect(status).toBe(200)
    expect(body).toEqual({ checks: { database: { ok: true }, search: { ok: true } }, status: 'ok' })
  })
})
