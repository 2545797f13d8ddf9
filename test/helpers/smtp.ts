import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { freePort } from './server'

export type TestSmtp = { url: string; mails: ParsedMail[]; close: () => Promise<void> }

/** A real SMTP server on loopback that keeps every mail it receives, parsed, for the test to read. */
export async function startSmtp(): Promise<TestSmtp> {
  const mails: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail)
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { close: () => new Promise((resolve) => server.close(() => resolve())), mails, url: `smtp://127.0.0.1:${port}` }
}
