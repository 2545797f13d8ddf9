import type { SanitizedConfig } from 'payload'

import express from 'express'
import http from 'node:http'
import { once } from 'node:events'
import { handleEndpoints } from 'payload'

import type { RunningServer } from '../src/server'
import { bareInstance, bareKey } from './bareCollection'
import { printTable, type Sample, summarise, timeSequential } from './stats'

const runs = Number(process.env.BENCH_RUNS || 1000)
const listPath = '/api/interventions?limit=10&depth=0'
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })

/** A plain keep-alive GET: less client overhead than fetch, so the server's share shows. */
const httpGet = (url: string) =>
  new Promise<Buffer>((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`status ${res.statusCode}`))))
      })
      .on('error', reject)
  })

/** An express route that answers the same bytes without any work: the cost of HTTP itself. */
async function httpFloor(body: Buffer) {
  const app = express()
  app.get('/api/interventions', (_req, res) => {
    res.setHeader('content-type', 'application/json')
    res.end(body)
  })
  const server = app.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  return { close: () => server.close(), url: `http://127.0.0.1:${port}${listPath}` }
}

/**
 * What an API request costs on the express path (HTTP, middleware, bridge to Payload) against
 * the same request handed straight to Payload's in-process handler, in one process and one run.
 * Requests never pass through Next's router, which cost 25-35 ms a request when measured.
 */
export async function benchApiPath(server: RunningServer, config: Promise<SanitizedConfig>) {
  const url = `${server.url}${listPath}`
  // What the host adds to a read that is made: a visitor's repeated read would come from memory.
  server.publicReads.enabled = false
  const viaExpress = await timeSequential('express host: HTTP GET /api/interventions', runs, 100, () => httpGet(url)).finally(() => {
    server.publicReads.enabled = true
  })
  const floor = await httpFloor(await httpGet(url))
  const viaFloor = await timeSequential('HTTP floor: express route, same bytes, no work', runs, 100, () => httpGet(floor.url))
  floor.close()
  const inProcess = await timeSequential('in-process handleEndpoints (baseline)', runs, 100, async () => {
    const response = await handleEndpoints({ config, request: new Request(url) })
    if (!response.ok) throw new Error(`in-process handler answered ${response.status}`)
    await response.arrayBuffer()
  })
  const localApi = await timeSequential('local API payload.find (no HTTP, no JSON)', runs, 100, () =>
    server.payload.find({ collection: 'interventions', depth: 0, limit: 10, overrideAccess: false }),
  )
  const bare = await bareInstance(server.payload)
  const bareUrl = `http://bare.invalid${listPath}`
  const listFrom = (payloadConfig: Promise<SanitizedConfig>, address: string, key?: string) => async () => {
    const response = await handleEndpoints({ config: payloadConfig, payloadInstanceCacheKey: key, request: new Request(address) })
    if (!response.ok) throw new Error(`the list answered ${response.status}`)
    await response.arrayBuffer()
  }
  // Alternating rounds, so a busy moment of a shared machine falls on both sides of the ratio.
  const ours: Sample = { label: 'in-process REST list, alternating with the bare one', ms: [] }
  const bareList: Sample = { label: 'bare Payload collection, same fields (in-process)', ms: [] }
  for (let round = 0; round < 10; round += 1) {
    ours.ms.push(...(await timeSequential(ours.label, runs / 10, 10, listFrom(config, url))).ms)
    bareList.ms.push(...(await timeSequential(bareList.label, runs / 10, 10, listFrom(bare.config, bareUrl, bareKey))).ms)
  }
  await bare.payload.destroy()
  const baseline = summarise(inProcess)
  const bareBaseline = summarise(bareList)
  const oursAlternating = summarise(ours)
  const express = summarise(viaExpress)
  const http = summarise(viaFloor)
  printTable(`API path: GET ${listPath}, ${runs} sequential requests each`, [express, http, baseline, summarise(localApi)], baseline)
  printTable(
    `REST list against a bare Payload collection with the same fields and documents, same run`,
    [oursAlternating, bareBaseline],
    bareBaseline,
  )
  console.log(
    `in-process REST list = ${(oursAlternating.mean / bareBaseline.mean).toFixed(2)} x the bare collection by mean, ${(oursAlternating.p50 / bareBaseline.p50).toFixed(2)} x by p50 (${oursAlternating.mean.toFixed(2)} ms vs ${bareBaseline.mean.toFixed(2)} ms): the difference is our hooks, access rules and plugins`,
  )
  console.log(
    `express path = in-process handler ${baseline.mean.toFixed(2)} ms + HTTP ${http.mean.toFixed(2)} ms + host ${(express.mean - baseline.mean - http.mean).toFixed(2)} ms (security headers, compression, logging, bridge)`,
  )
}
