import type { RunningServer } from '../src/server'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { temporaryDataDir } from './helpers/server'

describe('GET /api/health', () => {
  let running: RunningServer

  beforeAll(async () => {
    process.env.DATA_DIR = temporaryDataDir('health')
    process.env.LOG_LEVEL = 'fatal'
    const { startServer } = await import('../src/server')
    running = await startServer({ port: 0, withNext: false })
  })

  afterAll(async () => {
    await running?.close().catch(() => {})
  })

  it('answers 200 while the database answers', async () => {
    const response = await fetch(`${running.url}/api/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ database: 'sqlite', status: 'ok' })
  })

  it('answers 503 and stays up when the database connection is lost', async () => {
    const client = (running.payload.db as unknown as { client: { close: () => void } }).client
    client.close()
    const response = await fetch(`${running.url}/api/health`)
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ reason: 'database unreachable', status: 'unavailable' })
    const again = await fetch(`${running.url}/api/health`)
    expect(again.status).toBe(503)
  })
})
