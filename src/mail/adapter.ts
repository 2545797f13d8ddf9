import type { EmailAdapter } from 'payload'

import { mailSettings } from '../env'
import { queueMail } from './queue'

/** The words of an HTML mail without its markup, for mail programs that show text only. */
export const textOf = (html: string): string =>
  html
    .replace(/<a [^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gi, '$2 ($1)')
    .replace(/<(br|\/p|\/h\d|\/li)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

/**
 * Payload's mail goes through the job queue: `sendEmail` only queues, so no request or
 * transaction ever waits for a mail server, and a mail server that is down delays mail instead of
 * failing the write that sent it. The queueing itself is not awaited: Payload sends mail inside
 * its transaction (a password reset), and a write of our own waits, on SQLite, for that
 * transaction to end; so the mail is queued once the change that asked for it is committed.
 */
export const queuedMail = (): EmailAdapter => {
  const { from } = mailSettings()
  return ({ payload }) => ({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    name: 'weerbaar-queued-mail',
    sendEmail: async (message) => {
      const html = typeof message.html === 'string' ? message.html : undefined
      const complete = {
        ...message,
        from: message.from ?? { address: from.address, name: from.name },
        text: message.text ?? (html ? textOf(html) : undefined),
      }
      void queueMail(payload, complete).catch((error: unknown) =>
        payload.logger.error({ err: error, subject: message.subject }, 'mail: could not queue a mail'),
      )
    },
  })
}
