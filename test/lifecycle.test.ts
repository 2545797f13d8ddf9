import http from 'node:http'
import { afterAll, describe, expect, it } from 'vitest'

import { demoPassword } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

describe('server lifecycle', () => {
  let server: TestServer | undefined

  afterAll(async () => {
    await server?.stop('SIGKILL')
  })

  it('finishes a request in flight on SIGTERM, then closes the database and exits 0', async () => {
    server = await startServer({}, 'lifecycle')
    const { hostname, port } = new URL(server.url)
    const body = JSON.stringify({ email: 'curator@weerbaar.test', password: demoPassword })
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        { headers: { 'content-type': 'application/json' }, hostname, method: 'POST', path: '/api/users/login', port },
        (res) => {
          let text = ''
          res.on('data', (chunk) => (text += chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
        },
      )
      request.on('error', reject)
      // Half the body now, the rest after SIGTERM: the request is in flight when it arrives.
      request.write(body.slice(0, 10))
      setTimeout(() => {
        server!.child.kill('SIGTERM')
        setTimeout(() => request.end(body.slice(10)), 500)
      }, 300)
    })

    const answered = await response
    expect(answered.status).toBe(200)
    expect(JSON.parse(answered.text).token).toEqual(expect.any(String))
    const code = await server.exited
    expect(code).toBe(0)
    expect(server.output()).toMatch(/stopped cleanly/)
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow()
    // The server starts inside the test (it is the thing stopped): on a busy machine that alone takes a minute.
  }, 180_000)
})
