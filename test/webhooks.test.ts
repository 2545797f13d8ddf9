import { createHmac, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, eventually, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

type Received = { headers: http.IncomingHttpHeaders; raw: string; body: any }

/** A partner system's receiver: records every POST and answers with `status`. */
async function startReceiver(status: number) {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    let raw = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      let body: unknown
      try {
        body = JSON.parse(raw)
      } catch {
        body = undefined
      }
      received.push({ body, headers: req.headers, raw })
      res.writeHead(status, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { close: () => new Promise((resolve) => server.close(resolve)), received, url: `http://127.0.0.1:${port}/weerbaar` }
}

/** What a partner does with each delivery: check the signature over "<t>.<body>" with the secret. */
function signatureIsValid(delivery: Received, secret: string): boolean {
  const header = String(delivery.headers['weerbaar-signature'] ?? '')
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]))
  if (!parts.t || !parts.v1) return false
  const expected = createHmac('sha256', secret).update(`${parts.t}.${delivery.raw}`).digest()
  const given = Buffer.from(parts.v1, 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected) && Math.abs(Date.now() / 1000 - Number(parts.t)) < 600
}

describe('webhooks: signed deliveries of what the owner may read', () => {
  let server: TestServer
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let failing: Awaited<ReturnType<typeof startReceiver>>
  let admin: Session
  let curator: Session
  let leiden: Session
  let webhook: { id: string; secret: string }
  const url = () => server.url
  const organisationIds: Record<string, string> = {}

  const card = (title: string, extra: Record<string, unknown> = {}) => ({
    _status: 'published',
    goal: 'Doel van de toets.',
    preventionLevel: ['primary'],
    role: ['victim'],
    summary: `${title}: samenvatting.`,
    title,
    visibility: 'public',
    ...extra,
  })

  const createCard = async (title: string, extra: Record<string, unknown> = {}) => {
    const created = await api(url(), '/api/interventions', { body: card(title, extra), method: 'POST', session: curator })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc as { id: string; title: string }
  }

  const deliveriesAbout = (itemId: string, event?: string) =>
    receiver.received.filter((each) => String(each.body?.item?.id) === String(itemId) && (!event || each.body?.event === event))

  beforeAll(async () => {
    ;[receiver, failing] = await Promise.all([startReceiver(200), startReceiver(500)])
    server = await startServer({ WEBHOOK_ALLOW_PRIVATE_HOSTS: 'true' }, 'webhooks')
    ;[admin, curator, leiden] = await Promise.all([
      login(url(), 'admin@weerbaar.test'),
      login(url(), 'curator@weerbaar.test'),
      login(url(), 'member.leiden@weerbaar.test'),
    ])
    for (const organisation of (await api(url(), '/api/organisations?limit=100&depth=0')).body.docs)
      organisationIds[organisation.slug] = organisation.id
    const created = await api(url(), '/api/webhooks', {
      body: { events: ['published', 'changed', 'unpublished'], name: 'Intranet Leiden', owner: leiden.user.id, url: receiver.url },
      method: 'POST',
      session: admin,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    webhook = created.body.doc
    expect(webhook.secret).toMatch(/^whsec_/)
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await receiver?.close()
    await failing?.close()
  })

  it('delivers a signed "published" with the card as its owner reads it', async () => {
    const published = await createCard('Webhooktoets openbare kaart')
    await eventually('the receiver is told of the published card', async () => deliveriesAbout(published.id, 'published').length > 0)
    const [delivery] = deliveriesAbout(published.id, 'published')
    expect(signatureIsValid(delivery!, webhook.secret)).toBe(true)
    expect(signatureIsValid(delivery!, 'whsec_not-the-secret')).toBe(false)
    expect(delivery!.headers['weerbaar-event']).toBe('published')
    expect(delivery!.headers['weerbaar-delivery']).toBe(delivery!.body.id)
    expect(delivery!.body).toMatchObject({
      collection: 'interventions',
      event: 'published',
      item: { id: published.id, title: published.title },
    })
    expect(Number.isNaN(Date.parse(delivery!.body.occurredAt))).toBe(false)
    // Depth 0, as the owner reads it over REST: the same fields, nothing the owner may not read.
    const asOwner = await api(url(), `/api/interventions/${published.id}?depth=0`, { session: leiden })
    expect(Object.keys(delivery!.body.item).sort()).toEqual(Object.keys(asOwner.body).sort())
  })

  it('tells "changed" for a change to a live card and "unpublished" with only its id', async () => {
    const live = await createCard('Webhooktoets kaart die verandert')
    await eventually('the first publication arrives', async () => deliveriesAbout(live.id, 'published').length > 0)
    const changed = await api(url(), `/api/interventions/${live.id}`, {
      body: { summary: 'Een nieuwe samenvatting van de toets.' },
      method: 'PATCH',
      session: curator,
    })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    await eventually('the change arrives', async () => deliveriesAbout(live.id, 'changed').length > 0)
    expect(deliveriesAbout(live.id, 'changed')[0]!.body.item.summary).toBe('Een nieuwe samenvatting van de toets.')
    const unpublished = await api(url(), `/api/interventions/${live.id}/unpublish`, { method: 'POST', session: curator })
    expect(unpublished.status, JSON.stringify(unpublished.body)).toBe(200)
    await eventually('the unpublish arrives', async () => deliveriesAbout(live.id, 'unpublished').length > 0)
    const [gone] = deliveriesAbout(live.id, 'unpublished')
    expect(gone!.body.item).toEqual({ id: live.id })
    expect(gone!.body.collection).toBe('interventions')
    expect(signatureIsValid(gone!, webhook.secret)).toBe(true)
  })

  it('tells "deleted" (only the id) to a webhook that asked for it', async () => {
    const asked = await api(url(), `/api/webhooks/${webhook.id}`, {
      body: { events: ['published', 'changed', 'unpublished', 'deleted'] },
      method: 'PATCH',
      session: admin,
    })
    expect(asked.status, JSON.stringify(asked.body)).toBe(200)
    const doomed = await createCard('Webhooktoets kaart die verdwijnt')
    await eventually('the publication arrives', async () => deliveriesAbout(doomed.id, 'published').length > 0)
    const removed = await api(url(), `/api/interventions/${doomed.id}`, { method: 'DELETE', session: curator })
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
    await eventually('the deletion arrives', async () => deliveriesAbout(doomed.id, 'deleted').length > 0)
    const [gone] = deliveriesAbout(doomed.id, 'deleted')
    expect(gone!.body).toMatchObject({ collection: 'interventions', event: 'deleted', item: { id: doomed.id } })
    expect(Object.keys(gone!.body.item)).toEqual(['id'])
    expect(gone!.headers['weerbaar-event']).toBe('deleted')
  })

  it('sends nothing about items its owner may not read', async () => {
    const otherOrganisation = await createCard('Webhooktoets alleen Den Haag', {
      ownerOrganisation: organisationIds['gemeente-den-haag'],
      visibility: 'organisation',
    })
    const group = (await api(url(), '/api/groups?where[slug][equals]=cyberweerbare-wijken&depth=0', { session: curator })).body.docs[0]
    expect(group, 'the demo content has the group').toBeTruthy()
    const groupOnly = await createCard('Webhooktoets alleen de groep', { groups: [group.id], visibility: 'group' })
    // Unpublishing what the owner could never read tells nothing either.
    expect((await api(url(), `/api/interventions/${otherOrganisation.id}/unpublish`, { method: 'POST', session: curator })).status).toBe(
      200,
    )
    // What the owner may read beyond the public: for partners, and its own organisation's.
    const forPartners = await createCard('Webhooktoets voor partners', { visibility: 'partners' })
    const ownOrganisation = await createCard('Webhooktoets van Leiden', {
      ownerOrganisation: organisationIds['gemeente-leiden'],
      visibility: 'organisation',
    })
    // Written after the others: once its delivery is in, theirs would have been too.
    const control = await createCard('Webhooktoets controle')
    await eventually('the control card arrives', async () => deliveriesAbout(control.id, 'published').length > 0)
    await eventually('the partners-only and own cards arrive', async () =>
      [forPartners, ownOrganisation].every((each) => deliveriesAbout(each.id, 'published').length > 0),
    )
    expect(deliveriesAbout(otherOrganisation.id)).toEqual([])
    expect(deliveriesAbout(groupOnly.id)).toEqual([])
    expect(receiver.received.map((each) => each.raw).join('\n')).not.toContain('Webhooktoets alleen')
    // The owner indeed may not read them: the deliveries follow the owner's read rule.
    expect((await api(url(), `/api/interventions/${groupOnly.id}`, { session: leiden })).status).toBe(404)
  })

  it('retries a failing receiver with back-off, and the log shows each attempt', async () => {
    const created = await api(url(), '/api/webhooks', {
      body: { collections: ['good-practices'], events: ['published'], name: 'Kapot dashboard', owner: leiden.user.id, url: failing.url },
      method: 'POST',
      session: admin,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const practice = await api(url(), '/api/good-practices', {
      body: {
        _status: 'published',
        approach: 'Een aanpak.',
        problem: 'Een probleem.',
        summary: 'Toets van herhaalde bezorging.',
        title: 'Webhooktoets goede praktijk',
        visibility: 'public',
      },
      method: 'POST',
      session: curator,
    })
    expect(practice.status, JSON.stringify(practice.body)).toBe(201)
    const logOf = async () =>
      (await api(url(), `/api/webhook-deliveries?where[webhook][equals]=${created.body.doc.id}&depth=0`, { session: admin })).body.docs
    await eventually('a second attempt is logged', async () => (await logOf())[0]?.attempts >= 2, 90_000)
    const [entry] = await logOf()
    expect(entry).toMatchObject({ event: 'published', itemId: practice.body.doc.id, responseCode: 500, status: 'retrying' })
    expect(entry.nextAttemptAt).toBeTruthy()
    expect(entry.error).toContain('500')
    expect(failing.received.length).toBeGreaterThanOrEqual(2)
    // Every attempt is the same delivery, signed afresh.
    expect(new Set(failing.received.map((each) => each.body.id)).size).toBe(1)
    // The working receiver (every collection) got its own delivery once, whatever the other one does.
    expect(deliveriesAbout(practice.body.doc.id, 'published')).toHaveLength(1)
    // Removing the webhook takes its log with it.
    const removed = await api(url(), `/api/webhooks/${created.body.doc.id}`, { method: 'DELETE', session: admin })
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
    expect(await logOf()).toEqual([])
  }, 120_000)

  it('sends a test delivery on request, and logs it', async () => {
    const before = receiver.received.length
    const sent = await api(url(), `/api/webhooks/${webhook.id}/test`, { method: 'POST', session: admin })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    expect(sent.body).toMatchObject({ attempts: 1, responseCode: 200, status: 'delivered' })
    const test = receiver.received.slice(before).find((each) => each.body?.event === 'test')
    expect(test, 'the receiver got the test').toBeTruthy()
    expect(signatureIsValid(test!, webhook.secret)).toBe(true)
    const logged = await api(url(), `/api/webhook-deliveries/${sent.body.delivery}`, { session: admin })
    expect(logged.body).toMatchObject({ deliveryId: test!.body.id, event: 'test', responseCode: 200, status: 'delivered' })
    expect(test!.headers['weerbaar-delivery']).toBe(test!.body.id)
    const missing = await api(url(), '/api/webhooks/00000000-0000-4000-8000-000000000000/test', { method: 'POST', session: admin })
    expect(missing.status).toBe(404)
  })

  it('refuses addresses that are not http or https, naming the url', async () => {
    for (const address of ['ftp://partner.example/hook', 'file:///etc/passwd', 'javascript:alert(1)', 'niet een adres']) {
      const refused = await api(url(), '/api/webhooks', {
        body: { name: 'Verkeerd', owner: leiden.user.id, url: address },
        method: 'POST',
        session: admin,
      })
      expect(refused.status, address).toBe(400)
      expect(JSON.stringify(refused.body), address).toContain('url')
    }
    const dutch = await api(url(), '/api/webhooks', {
      body: { name: 'Verkeerd', owner: leiden.user.id, url: 'ftp://partner.example/hook' },
      headers: { 'accept-language': 'nl' },
      method: 'POST',
      session: admin,
    })
    expect(dutch.status).toBe(400)
    expect(JSON.stringify(dutch.body)).toContain('Alleen http- en https-adressen zijn toegestaan, geen ftp.')
  })

  it('lets only admins set up webhooks, read their secrets and read the delivery log', async () => {
    for (const session of [curator, leiden]) {
      const create = await api(url(), '/api/webhooks', {
        body: { name: 'Niet van mij', owner: session.user.id, url: receiver.url },
        method: 'POST',
        session,
      })
      expect(create.status).toBe(403)
      expect((await api(url(), `/api/webhooks/${webhook.id}`, { session })).status).toBe(403)
      expect((await api(url(), '/api/webhooks', { session })).status).toBe(403)
      expect((await api(url(), '/api/webhook-deliveries', { session })).status).toBe(403)
      expect((await api(url(), `/api/webhooks/${webhook.id}/test`, { method: 'POST', session })).status).toBe(403)
    }
    expect([401, 403]).toContain((await api(url(), '/api/webhook-deliveries')).status)
    expect((await api(url(), `/api/webhooks/${webhook.id}/test`, { method: 'POST' })).status).toBe(401)
    // Nobody writes the secret or the log through the API, admins included.
    const rewritten = await api(url(), `/api/webhooks/${webhook.id}`, { body: { secret: 'whsec_mine' }, method: 'PATCH', session: admin })
    expect(rewritten.body?.doc?.secret ?? webhook.secret).toBe(webhook.secret)
    const forged = await api(url(), '/api/webhook-deliveries', {
      body: { event: 'test', key: 'forged', status: 'delivered', webhook: webhook.id },
      method: 'POST',
      session: admin,
    })
    expect(forged.status).toBe(403)
  })
})
