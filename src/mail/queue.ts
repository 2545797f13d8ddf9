import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import type { SendMailOptions } from 'nodemailer'

import { everyInterval } from '../../lib/everyInterval'
import { mailRatePerMinute, mailSettings } from '../env'
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

/**
 * Queues a mail, in its own transaction or in `req`'s (then it goes out only if that commits);
 * the worker sends it within a second or two, at the configured rate.
 */
export async function queueMail(payload: Payload, message: SendMailOptions, req?: PayloadRequest): Promise<void> {
  await payload.jobs.queue({ input: { message: message as Record<string, unknown> }, queue: mailQueue, req, task: sendMailTaskSlug })
}

/**
 * How many mails each run may send: `MAIL_RATE_PER_MINUTE` spread over the runs, saved up for at
 * most a second so a quiet minute is not followed by a burst.
 */
function mailAllowance(intervalMs: number, perMinute: number) {
  if (perMinute === 0) return { take: () => 100 }
  const perRun = (perMinute * intervalMs) / 60_000
  const most = Math.max(1, perRun, perMinute / 60)
  let saved = 0
  return {
    take: () => {
      saved = Math.min(most, saved + perRun)
      const whole = Math.floor(saved)
      saved -= whole
      return whole
    },
  }
}

/**
 * Sends queued mail every `intervalMs`, one run at a time, while `mayWork` allows (another
 * process may be the one that sends). Returns a function that stops it.
 */
export function startMailWorker(
  payload: Payload,
  { intervalMs = 1000, mayWork }: { intervalMs?: number; mayWork: () => boolean },
): () => Promise<void> {
  const allowance = mailAllowance(intervalMs, mailRatePerMinute())
  const stop = everyInterval(
    intervalMs,
    mayWork,
    async () => {
      const limit = allowance.take()
      if (limit > 0) await payload.jobs.run({ limit, overrideAccess: true, queue: mailQueue, silent: true })
    },
    (error) => payload.logger.warn({ err: error }, 'mail worker: run failed, will retry'),
  )
  payload.logger.info({ perMinute: mailRatePerMinute() || 'unlimited', to: processTransport().describe }, 'mail: sending queued mail')
  return stop
}
