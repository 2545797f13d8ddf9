import type { ParsedMail } from 'mailparser'

import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, eventually, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'
import { startSmtp, type TestSmtp } from './helpers/smtp'

const root = path.resolve(import.meta.dirname, '..')
const week = 7 * 24 * 60 * 60 * 1000

const recipientOf = (mail: ParsedMail) => (mail.to && 'text' in mail.to ? mail.to.text : '')
/** A header as sent (mailparser folds the List-* headers into one object). */
const header = (mail: ParsedMail, name: string) => {
  const line = mail.headerLines.find((each) => each.key === name)?.line ?? ''
  return line.slice(line.indexOf(':') + 1).trim()
}

describe('follow, notify and digest over HTTP with a real SMTP server', () => {
  let smtp: TestSmtp
  let server: TestServer
  let curator: Session
  let denHaag: Session
  let leiden: Session
  const url = () => server.url
  const themeIds: Record<string, string> = {}

  const mailsTo = (email: string) => smtp.mails.filter((mail) => recipientOf(mail).includes(email))
  const notificationsOf = async (session: Session, query = '') =>
    (await api(url(), `/api/notifications?depth=1&limit=100${query}`, { session })).body.docs as any[]
  const aboutItem = (docs: any[], id: string) => docs.filter((doc) => doc.item?.value?.id === id || doc.item?.value === id)

  /** `npm run digest` as an operator runs it beside the server, on the same database. */
  const runDigest = (args: string[]) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/cli/digest.ts', ...args], {
        cwd: root,
        env: { ...process.env, DATA_DIR: server.dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'production', PORT: new URL(url()).port },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
      child.on('exit', (code) => resolve({ code, output }))
    })

  let denHaagId = ''
  const publishCard = async (title: string, overrides: Record<string, unknown> = {}) => {
    const created = await api(url(), '/api/interventions', {
      body: {
        goal: 'Inwoners herkennen nepberichten van de bank.',
        // Curators work for the regional office: the cards they make here are The Hague's.
        ownerOrganisation: denHaagId,
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: `Samenvatting van ${title}.`,
        themes: [themeIds['online-fraude']],
        title,
        visibility: 'public',
        ...overrides,
      },
      method: 'POST',
      session: curator,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const published = await api(url(), `/api/interventions/${created.body.doc.id}/publish`, { method: 'POST', session: curator })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    return published.body.doc as { id: string; slug: string }
  }

  beforeAll(async () => {
    smtp = await startSmtp()
    server = await startServer(
      { MAIL_FROM: 'Weerbaar <noreply@weerbaar.test>', MAIL_RATE_PER_MINUTE: '6000', SMTP_URL: smtp.url },
      'notify',
    )
    ;[curator, denHaag, leiden] = await Promise.all([
      login(url(), 'curator@weerbaar.test'),
      login(url(), 'member.denhaag@weerbaar.test'),
      login(url(), 'member.leiden@weerbaar.test'),
    ])
    for (const theme of (await api(url(), '/api/themes?limit=100&depth=0')).body.docs) themeIds[theme.slug] = theme.id
    denHaagId = (await api(url(), '/api/organisations?where[slug][equals]=gemeente-den-haag&depth=0')).body.docs[0].id
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await smtp?.close()
  })

  it('lets each member follow what they may read, and only see and stop their own follows', async () => {
    const follow = (session: Session, relationTo: string, value: string) =>
      api(url(), '/api/follows', { body: { target: { relationTo, value } }, method: 'POST', session })
    const leidenFollows = await follow(leiden, 'themes', themeIds.cybercrime!)
    expect(leidenFollows.status, JSON.stringify(leidenFollows.body)).toBe(201)
    expect(leidenFollows.body.doc.user).toMatchObject({ id: leiden.user.id })
    expect((await follow(denHaag, 'themes', themeIds.cybercrime!)).status).toBe(201)

    const twice = await follow(leiden, 'themes', themeIds.cybercrime!)
    expect(twice.status).toBe(409)
    expect(twice.body.errors[0].message).toContain(`/api/follows/${leidenFollows.body.doc.id}`)

    const forSomeoneElse = await api(url(), '/api/follows', {
      body: { target: { relationTo: 'themes', value: themeIds.ondermijning }, user: denHaag.user.id },
      method: 'POST',
      session: leiden,
    })
    expect(forSomeoneElse.status).toBe(201)
    expect(forSomeoneElse.body.doc.user.id, 'a follow is always the caller’s own').toBe(leiden.user.id)

    const hidden = await api(url(), '/api/interventions', {
      body: {
        goal: 'Intern.',
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: 'Intern.',
        title: 'Interne kaart Den Haag',
        visibility: 'organisation',
      },
      method: 'POST',
      session: denHaag,
    })
    const followHidden = await follow(leiden, 'interventions', hidden.body.doc.id)
    expect(followHidden.status, 'a draft of another organisation cannot be followed (nor shown to exist)').toBe(400)
    expect(followHidden.body.errors[0].message).toMatch(/^target:/)

    expect(
      (await api(url(), '/api/follows', { body: { target: { relationTo: 'themes', value: themeIds.cybercrime } }, method: 'POST' })).status,
    ).toBe(403)
    const mine = (await api(url(), '/api/follows?depth=0', { session: leiden })).body.docs as any[]
    expect(mine.map((each) => each.user)).toEqual(mine.map(() => leiden.user.id))
    const theirs = (await api(url(), '/api/follows?depth=0', { session: denHaag })).body.docs as any[]
    expect(theirs.some((each) => each.id === leidenFollows.body.doc.id)).toBe(false)
    expect([403, 404]).toContain(
      (await api(url(), `/api/follows/${forSomeoneElse.body.doc.id}`, { method: 'DELETE', session: denHaag })).status,
    )
    expect((await api(url(), `/api/follows/${forSomeoneElse.body.doc.id}`, { method: 'DELETE', session: leiden })).status).toBe(200)
  })

  it('tells a follower of a theme about a card published under its sub-theme, at once by mail when they ask for it, in their language', async () => {
    const settings = await api(url(), `/api/users/${leiden.user.id}`, {
      body: { notificationSettings: { immediate: ['followed-published', 'sent-back'], language: 'en' } },
      method: 'PATCH',
      session: leiden,
    })
    expect(settings.status, JSON.stringify(settings.body)).toBe(200)
    const card = await publishCard('Nepbank-sms herkennen')

    await eventually('Leiden’s notification', async () => aboutItem(await notificationsOf(leiden), card.id).length > 0)
    const [notification] = aboutItem(await notificationsOf(leiden), card.id)
    expect(notification).toMatchObject({ kind: 'followed-published', readAt: null })
    expect(notification.item.value.title).toBe('Nepbank-sms herkennen')

    await eventually('the immediate mail', async () =>
      mailsTo('member.leiden@weerbaar.test').some((mail) => mail.subject?.includes('Nepbank-sms')),
    )
    const mail = mailsTo('member.leiden@weerbaar.test').find((each) => each.subject?.includes('Nepbank-sms'))!
    expect(mail.subject).toBe('New in what you follow: Nepbank-sms herkennen')
    expect(mail.text).toContain(`${url().replace('127.0.0.1', 'localhost')}/en/interventies/${card.slug}`)
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    expect(header(mail, 'list-unsubscribe')).toMatch(/\/api\/unsubscribe\?token=/)
    expect(
      mailsTo('member.denhaag@weerbaar.test').some((each) => each.subject?.includes('Nepbank-sms')),
      'Den Haag kept the default: digest only',
    ).toBe(false)
    await eventually('Den Haag’s notification', async () => aboutItem(await notificationsOf(denHaag), card.id).length > 0)
  })

  it('never tells anyone outside the organisation about an organisation-only item, and forgets a notification once its item is hidden', async () => {
    const internal = await publishCard('Interne aanpak phishing Den Haag', { visibility: 'organisation' })
    await eventually('Den Haag’s notification', async () => aboutItem(await notificationsOf(denHaag), internal.id).length > 0)
    const publicCard = await publishCard('Openbare kaart die later intern wordt')
    await eventually(
      'Leiden’s notification of the public card',
      async () => aboutItem(await notificationsOf(leiden), publicCard.id).length > 0,
    )
    expect(aboutItem(await notificationsOf(leiden), internal.id), 'made for Den Haag only').toEqual([])
    expect(mailsTo('member.leiden@weerbaar.test').some((mail) => mail.subject?.includes('Interne aanpak'))).toBe(false)

    const unreadBefore = (await api(url(), '/api/notifications?limit=0&where[readAt][exists]=false', { session: leiden })).body.totalDocs
    const hidden = await api(url(), `/api/interventions/${publicCard.id}`, {
      body: { visibility: 'organisation' },
      method: 'PATCH',
      session: curator,
    })
    expect(hidden.status).toBe(200)
    expect(aboutItem(await notificationsOf(leiden), publicCard.id), 'the notification goes with the item’s access').toEqual([])
    const unreadAfter = (await api(url(), '/api/notifications?limit=0&where[readAt][exists]=false', { session: leiden })).body.totalDocs
    expect(unreadAfter).toBe(unreadBefore - 1)
    const viaGraphql = await api(url(), '/api/graphql', {
      body: { query: '{ Notifications(limit: 100) { docs { kind item { value { ... on Intervention { id title } } } } } }' },
      method: 'POST',
      session: leiden,
    })
    expect(JSON.stringify(viaGraphql.body)).not.toContain('Openbare kaart die later intern wordt')
    expect(JSON.stringify(viaGraphql.body)).not.toContain('Interne aanpak')
  })

  it('answers nobody without a session: notifications, the digest preview and the settings stay private', async () => {
    expect((await api(url(), '/api/notifications')).status).toBe(403)
    expect((await api(url(), '/api/digests/preview')).status).toBe(401)
    expect((await api(url(), '/api/notifications/read', { body: { all: true }, method: 'POST' })).status).toBe(401)
    const account = await api(url(), `/api/users/${leiden.user.id}`, { session: denHaag })
    expect(account.body?.notificationSettings).toBeUndefined()
    const changeOther = await api(url(), `/api/users/${leiden.user.id}`, {
      body: { notificationSettings: { digest: 'off' } },
      method: 'PATCH',
      session: denHaag,
    })
    expect(changeOther.status).not.toBe(200)
  })

  it('tells the curators about a submission and the author about a send-back, with the curator’s comment', async () => {
    const created = await api(url(), '/api/good-practices', {
      body: {
        approach: 'Spreekuur in de bibliotheek.',
        problem: 'Inwoners weten niet waar ze met vragen over nepberichten terechtkunnen.',
        summary: 'Digitaal spreekuur.',
        title: 'Digitaal spreekuur Leiden',
        visibility: 'partners',
      },
      method: 'POST',
      session: leiden,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const submitted = await api(url(), `/api/good-practices/${id}/submit`, { method: 'POST', session: leiden })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    await eventually('the curator’s notification', async () =>
      aboutItem(await notificationsOf(curator), id).some((each) => each.kind === 'submitted'),
    )
    await eventually('the curator’s mail', async () =>
      mailsTo('curator@weerbaar.test').some((mail) => mail.subject === 'Ter beoordeling: Digitaal spreekuur Leiden'),
    )

    const sentBack = await api(url(), `/api/good-practices/${id}/send-back`, {
      body: { comment: 'Beschrijf wat het spreekuur opleverde.' },
      method: 'POST',
      session: curator,
    })
    expect(sentBack.status).toBe(200)
    await eventually('the author’s mail', async () =>
      mailsTo('member.leiden@weerbaar.test').some((mail) => mail.subject === 'Sent back: Digitaal spreekuur Leiden'),
    )
    const mail = mailsTo('member.leiden@weerbaar.test').find((each) => each.subject === 'Sent back: Digitaal spreekuur Leiden')!
    expect(mail.text).toContain('Beschrijf wat het spreekuur opleverde.')
    expect(mail.text).toContain('Chris Redactie (RSIV)')
    const [notification] = aboutItem(await notificationsOf(leiden), id).filter((each) => each.kind === 'sent-back')
    expect(notification).toMatchObject({ comment: 'Beschrijf wat het spreekuur opleverde.', kind: 'sent-back' })
  })

  it('marks notifications read, only the caller’s own', async () => {
    const others = await notificationsOf(denHaag, '&where[readAt][exists]=false')
    expect(others.length).toBeGreaterThan(0)
    const foreign = await api(url(), '/api/notifications/read', {
      body: { ids: others.map((each) => each.id) },
      method: 'POST',
      session: leiden,
    })
    expect(foreign.status).toBe(200)
    expect(foreign.body.marked).toBe(0)
    expect((await notificationsOf(denHaag, '&where[readAt][exists]=false')).length).toBe(others.length)
    const bad = await api(url(), '/api/notifications/read', { body: { ids: 'some' }, method: 'POST', session: leiden })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/^ids:/)
    const all = await api(url(), '/api/notifications/read', { body: { all: true }, method: 'POST', session: leiden })
    expect(all.status).toBe(200)
    expect(all.body.unread).toBe(0)
  })

  it('sends one digest per person and period, in their language, with working links and a one-click unsubscribe; a repeated run sends nothing', async () => {
    const preview = await api(url(), '/api/digests/preview', { session: denHaag })
    expect(preview.status).toBe(200)
    const previewTitles = preview.body.groups.flatMap((group: any) => group.items.map((item: any) => item.title))
    expect(previewTitles).toEqual(expect.arrayContaining(['Nepbank-sms herkennen', 'Interne aanpak phishing Den Haag']))
    expect(preview.body.groups[0].theme).toBe('Cybercrime en gedigitaliseerde criminaliteit')
    const leidenPreview = await api(url(), '/api/digests/preview', { session: leiden })
    const leidenTitles = leidenPreview.body.groups.flatMap((group: any) => group.items.map((item: any) => item.title))
    expect(leidenTitles).toContain('Nepbank-sms herkennen')
    expect(leidenTitles).not.toContain('Interne aanpak phishing Den Haag')
    expect(leidenTitles).not.toContain('Openbare kaart die later intern wordt')

    const nextWeek = new Date(Date.now() + week).toISOString()
    const first = await runDigest(['--period', 'weekly', '--at', nextWeek])
    expect(first.code, first.output).toBe(0)
    expect(first.output).toMatch(/mailed now/)

    const digestOf = (email: string) =>
      mailsTo(email).find(
        (mail) => mail.subject?.startsWith('Weerbaar: wat er nieuw is') || mail.subject?.startsWith('Weerbaar: what is new'),
      )
    await eventually('both digests', async () =>
      Boolean(digestOf('member.leiden@weerbaar.test') && digestOf('member.denhaag@weerbaar.test')),
    )
    const leidenDigest = digestOf('member.leiden@weerbaar.test')!
    expect(leidenDigest.subject).toMatch(/^Weerbaar: what is new in week \d+/)
    expect(leidenDigest.text).toContain('Cybercrime and digitised crime')
    expect(leidenDigest.text).toContain('Nepbank-sms herkennen')
    expect(leidenDigest.text).not.toContain('Interne aanpak phishing Den Haag')
    const denHaagDigest = digestOf('member.denhaag@weerbaar.test')!
    expect(denHaagDigest.subject).toMatch(/^Weerbaar: wat er nieuw is in week \d+/)
    expect(denHaagDigest.text).toContain('Interne aanpak phishing Den Haag')

    const link = /Nepbank-sms herkennen \((http:\/\/localhost:\d+\/en\/interventies\/[^)\s]+)\)/.exec(leidenDigest.text ?? '')?.[1]
    expect(link, leidenDigest.text).toBeTruthy()
    const page = await fetch(link!.replace('localhost', '127.0.0.1'))
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Nepbank-sms herkennen')

    const again = await runDigest(['--period', 'weekly', '--at', nextWeek])
    expect(again.code, again.output).toBe(0)
    expect(again.output).toMatch(/0 mailed now, 2 already had it/)
    const digestsBefore = smtp.mails.length
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(smtp.mails.length, 'nothing new was sent').toBe(digestsBefore)

    const oneClick = /<([^>]+)>/.exec(header(leidenDigest, 'list-unsubscribe'))![1]!.replace('localhost', '127.0.0.1')
    const forged = await fetch(oneClick.replace(/\.digest\./, '.sent-back.'), {
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      method: 'POST',
    })
    expect(forged.status, 'the signature covers what the link turns off').toBe(400)
    const forDenHaag = await fetch(
      oneClick.replace(encodeURIComponent(leiden.user.id), encodeURIComponent(denHaag.user.id)).replace(leiden.user.id, denHaag.user.id),
      {
        body: 'List-Unsubscribe=One-Click',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        method: 'POST',
      },
    )
    expect(forDenHaag.status, 'and whose mail it is').toBe(400)
    const unsubscribed = await fetch(oneClick, {
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      method: 'POST',
    })
    expect(unsubscribed.status).toBe(200)
    const me = await api(url(), `/api/users/${leiden.user.id}`, { session: leiden })
    expect(me.body.notificationSettings.digest).toBe('off')
    const denHaagSettings = await api(url(), `/api/users/${denHaag.user.id}`, { session: denHaag })
    expect(denHaagSettings.body.notificationSettings.digest).toBe('weekly')

    const afterUnsubscribe = await runDigest(['--period', 'weekly', '--at', new Date(Date.now() + 2 * week).toISOString(), '--dry-run'])
    expect(afterUnsubscribe.output).not.toMatch(/member\.leiden/)
    expect(afterUnsubscribe.output).toMatch(/dry run: nothing sent/)
  }, 240_000)

  it('refuses a one-click unsubscribe without a valid token, and keeps anonymous answers free of content', async () => {
    const post = (query: string) =>
      api(url(), `/api/unsubscribe${query}`, {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        method: 'POST',
        session: anonymous,
      })
    const missing = await post('')
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toMatch(/^token:/)
    expect((await post('?token=abc.digest.xyz')).status).toBe(400)
  })
})
