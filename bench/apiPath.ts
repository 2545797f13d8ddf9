import type { SanitizedConfig } from 'payload'

import { handleEndpoints } from 'payload'

import type { RunningServer } from '../src/server'
import { printTable, summarise, timeSequential } from './stats'

const runs = Number(process.env.BENCH_RUNS || 1000)
const listPath = '/api/interventions?limit=10&depth=0'

/**
 * What an API request costs on the express path (HTTP, middleware, bridge to Payload) against
 * the same request handed straight to Payload's in-process handler, in one process and one run.
 */
export async function benchApiPath(server: RunningServer, config: Promise<SanitizedConfig>) {
  const url = `${server.url}${listPath}`
  const viaExpress = await timeSequential('express host, HTTP GET /api/interventions', runs, 100, async () => {
    const response = await fetch(url)
    if (!response.ok) throw new Error(`express path answered ${response.status}`)
    await response.arrayBuffer()
  })
  const inProcess = await timeSequential('in-process handleEndpoints (baseline)', runs, 100, async () => {
    const response = await handleEndpoints({ config, request: new Request(url) })
    if (!response.ok) throw new Error(`in-process handler answered ${response.status}`)
    await response.arrayBuffer()
  })
  const localApi = await timeSequential('local API payload.find (no HTTP, no JSON)', runs, 100, () =>
    server.payload.find({ collection: 'interventions', depth: 0, limit: 10, overrideAccess: false }),
  )
  const baseline = summarise(inProcess)
  printTable(`API path: ${listPath}, ${runs} sequential requests each`, [summarise(viaExpress), baseline, summarise(localApi)], baseline)
  const overhead = summarise(viaExpress).mean - baseline.mean
  console.log(`express + HTTP overhead per request: ${overhead.toFixed(2)} ms (requests never pass through Next's router)`)
}
