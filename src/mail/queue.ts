import type { Payload, TaskConfig } from 'payload'

import type { SendMailOptions } from 'nodemailer'

import { mailSettings } from '../env'
import { logger } from '../logger'
import { type MailTransport, mailTransport } from './transport'

export const mailQueue = 'mail'
export const sendMailTaskSlug = 'sendMail' as const

let transport: MailTransport | undefined

/** This process's way out for mail, from SMTP_URL (see `mailSettings`). */
export const processTransport = (): MailTransport => (transport ??= mailTransport({ ...mailSettings(), logger }))

type SendMail = { input: { message: Record<string, unknown> }; output: { messageId: string } }

/**
 * One mail, sent by the worker after the write that queued it. A failure to hand it over (the
 * SMTP server is down or refuses) is retried with back-off: nothing was sent then. A mail whose
 * sending was cut off by a stopped process is not retried, so no mail ever goes out twice.
 */
export const sendMailTask: TaskConfig<SendMail> = {
  slug: sendMailTaskSlug,
  handler: async ({ input }) => {
    const sent = await processTransport().send(input.message as SendMailOptions)
    return { output: { messageId: sent.messageId } }
  },
  inputSchema: [{ name: 'message', type: 'json', required: true }],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  retries: { attempts: 8, backoff: { delay: 2000, type: 'exponential' } },
}

/** Queues a mail in its own transaction; the worker sends it within a second or two. */
export async function queueMail(payload: Payload, message: SendMailOptions): Promise<void> {
  await payload.jobs.queue({ input: { message: message as Record<string, unknown> }, queue: mailQueue, task: sendMailTaskSlug })
}

/**
 * Sends queued mail every `intervalMs`, one run at a time, while `mayWork` allows (another
 * process may be the one that sends). Returns a function that stops it.
 */
export function startMailWorker(
  payload: Payload,
  { intervalMs = 1000, mayWork }: { intervalMs?: number; mayWork: () => boolean },
): () => Promise<void> {
  let running: Promise<unknown> | undefined
  const timer = setInterval(() => {
    if (running || !mayWork()) return
    running = payload.jobs
      .run({ limit: 20, overrideAccess: true, queue: mailQueue, silent: true })
      .catch((error: unknown) => payload.logger.warn({ err: error }, 'mail worker: run failed, will retry'))
      .finally(() => {
        running = undefined
      })
  }, intervalMs)
  timer.unref()
  payload.logger.info({ to: processTransport().describe }, 'mail: sending queued mail')
  return async () => {
    clearInterval(timer)
    await running
  }
}
