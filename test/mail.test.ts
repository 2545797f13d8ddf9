import { simpleParser } from 'mailparser'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, eventually, login } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'
import { startSmtp, type TestSmtp } from './helpers/smtp'

const linkIn = (text: string | undefined) => /https?:\/\/[^\s)"]+\/admin\/reset\/([a-f0-9]+)/.exec(text ?? '')

describe('password reset by real e-mail', () => {
  let smtp: TestSmtp
  let server: TestServer
  const url = () => server.url

  beforeAll(async () => {
    smtp = await startSmtp()
    server = await startServer({ MAIL_FROM: 'Weerbaar Test <noreply@weerbaar.test>', SMTP_URL: smtp.url }, 'mail')
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await smtp?.close()
  })

  it('answers the same for known and unknown addresses, and mails only the known one a link that works once', async () => {
    const ask = (email: string) => api(url(), '/api/users/forgot-password', { body: { email }, method: 'POST' })
    const known = await ask('member.leiden@weerbaar.test')
    const unknown = await ask('niemand@weerbaar.test')
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)

    await eventually('the reset mail to arrive at the SMTP server', async () => smtp.mails.length > 0)
    expect(smtp.mails).toHaveLength(1)
    const [mail] = smtp.mails
    expect(mail!.to && 'text' in mail!.to ? mail!.to.text : '').toContain('member.leiden@weerbaar.test')
    expect(mail!.from?.text).toContain('noreply@weerbaar.test')
    expect(mail!.subject).toMatch(/password/i)
    const link = linkIn(mail!.text)
    expect(link, 'a text part with the link').toBeTruthy()
    expect(mail!.html).toContain(link![0])
    expect(
      link![0].startsWith(`http://localhost:${new URL(url()).port}/admin/reset/`),
      'the link is on the public address, never the Host header',
    ).toBe(true)

    const reset = await api(url(), '/api/users/reset-password', {
      body: { password: 'een-nieuw-wachtwoord', token: link![1] },
      method: 'POST',
    })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    await login(url(), 'member.leiden@weerbaar.test', 'een-nieuw-wachtwoord')
    const again = await api(url(), '/api/users/reset-password', {
      body: { password: 'nog-een-ander-wachtwoord', token: link![1] },
      method: 'POST',
    })
    expect(again.status).not.toBe(200)
  })

  it('never takes its reset link from the Host header', async () => {
    await api(url(), '/api/users/forgot-password', {
      body: { email: 'member.denhaag@weerbaar.test' },
      headers: { host: 'evil.example' },
      method: 'POST',
    })
    await eventually('the second reset mail', async () =>
      smtp.mails.some((mail) => mail.to && 'text' in mail.to && mail.to.text.includes('member.denhaag')),
    )
    const mail = smtp.mails.find((each) => each.to && 'text' in each.to && each.to.text.includes('member.denhaag'))!
    expect(mail.text).not.toContain('evil.example')
    expect(mail.html).not.toContain('evil.example')
  })

  it('keeps other writes going while it handles a reset', async () => {
    const curator = await login(url(), 'curator@weerbaar.test')
    const theme = (await api(url(), '/api/themes?limit=1&depth=0')).body.docs[0].id
    const [resetAnswer, write] = await Promise.all([
      api(url(), '/api/users/forgot-password', { body: { email: 'partner@weerbaar.test' }, method: 'POST' }),
      api(url(), `/api/themes/${theme}`, { body: { description: 'Bijgewerkt tijdens een reset.' }, method: 'PATCH', session: curator }),
    ])
    expect(resetAnswer.status).toBe(200)
    expect(write.status).toBe(200)
  })
})

describe('mail without a mail server', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startServer({}, 'outbox')
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('writes each mail as an .eml file in the outbox, with a link a newcomer can open', async () => {
    const answer = await api(server.url, '/api/users/forgot-password', {
      body: { email: 'curator@weerbaar.test' },
      headers: { 'accept-language': 'nl' },
      method: 'POST',
    })
    expect(answer.status).toBe(200)
    const outbox = path.join(server.dataDir, 'outbox')
    await eventually(
      'an .eml file in the outbox',
      async () => fs.existsSync(outbox) && fs.readdirSync(outbox).some((file) => file.endsWith('.eml')),
    )
    const file = fs.readdirSync(outbox).find((each) => each.endsWith('.eml'))!
    const message = await simpleParser(fs.readFileSync(path.join(outbox, file)))
    expect(message.subject).toBe('Kies een nieuw wachtwoord voor Weerbaar')
    expect(linkIn(message.text)).toBeTruthy()
    expect(server.output()).toContain('mail written to the outbox')
  })
})
