import type { Logger } from 'pino'

import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import nodemailer, { type SendMailOptions } from 'nodemailer'

export type SentMail = { messageId: string; file?: string }

/** Where a finished message goes: an SMTP server, or a file in the outbox to open by hand. */
export type MailTransport = { describe: string; send: (message: SendMailOptions) => Promise<SentMail> }

/**
 * An SMTP transport when `smtpUrl` is set. Otherwise each message is written, complete, as an
 * `.eml` file in `outbox` (any mail program opens it), so a fresh workspace needs no mail server
 * and a newcomer can still follow a password-reset link.
 */
export function mailTransport({ logger, outbox, smtpUrl }: { smtpUrl?: string; outbox: string; logger: Logger }): MailTransport {
  if (smtpUrl) {
    const smtp = nodemailer.createTransport(smtpUrl)
    const host = new URL(smtpUrl).host
    return {
      describe: `SMTP at ${host}`,
      send: async (message) => {
        const info = await smtp.sendMail(message)
        return { messageId: String(info.messageId) }
      },
    }
  }
  const files = nodemailer.createTransport({ buffer: true, newline: 'unix', streamTransport: true })
  return {
    describe: `files in ${outbox}`,
    send: async (message) => {
      const info = await files.sendMail(message)
      await fs.mkdir(outbox, { recursive: true })
      const file = path.join(outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`)
      // Written beside it and renamed: whoever watches the outbox only ever sees whole mails.
      const partial = `${file}.partial`
      await fs.writeFile(partial, info.message as Buffer, { flag: 'wx', mode: 0o600 })
      await fs.rename(partial, file)
      logger.info({ file, subject: message.subject, to: message.to }, 'mail written to the outbox (no SMTP_URL set)')
      return { file, messageId: String(info.messageId) }
    },
  }
}
