import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, demoPassword, login } from '../helpers/api'
import { hasChromium, launchChromium, screenshotPath, seriousAccessibilityViolations, signedInToAdmin, viewports } from '../helpers/browser'
import { startServer, type TestServer } from '../helpers/server'

describe.skipIf(!hasChromium)('webhooks in the admin panel: the "send test" button', () => {
  let server: TestServer
  let browser: Browser
  let receiver: http.Server
  const received: string[] = []
  let webhookId: string

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      req.setEncoding('utf8')
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        received.push(body)
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    ;[server, browser] = await Promise.all([startServer({ WEBHOOK_ALLOW_PRIVATE_HOSTS: 'true' }, 'webhooks-browser'), launchChromium()])
    const admin = await login(server.url, 'admin@weerbaar.test')
    const created = await api(server.url, '/api/webhooks', {
      body: {
        name: 'Intranet Leiden',
        owner: admin.user.id,
        url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
      },
      method: 'POST',
      session: admin,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    webhookId = created.body.doc.id
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await new Promise((resolve) => receiver?.close(resolve))
  })

  for (const viewport of viewports) {
    it(`an admin sends a test delivery from the webhook's page and reads how it went (${viewport.width} px)`, async () => {
      const { context, page } = await signedInToAdmin(browser, server.url, 'admin@weerbaar.test', demoPassword, viewport)
      await page.goto(`${server.url}/admin/collections/webhooks/${webhookId}`)
      const before = received.length
      await page.getByRole('button', { name: 'Test versturen' }).click()
      await page.getByRole('status').filter({ hasText: 'Bezorgd (antwoord 204)' }).waitFor()
      expect(received.length).toBe(before + 1)
      expect(JSON.parse(received.at(-1)!)).toMatchObject({ event: 'test' })
      await page.screenshot({ fullPage: true, path: screenshotPath(`webhook-test-${viewport.name}`) })
      // Our part of the page: Payload's own edit view is checked by Payload.
      const violations = await seriousAccessibilityViolations(page, ['.weerbaar-webhook-test'])
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
      await context.close()
    })
  }
})
