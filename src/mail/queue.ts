import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import type { SendMailOptions } from 'nodemailer'

import { afterCommit } from '../../lib/afterCommit'
import { type Look, pollerSlot, startPoller } from '../../lib/poller'
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

const mailWorkers = pollerSlot<Payload>()

/**
 * Queues a mail, in its own transaction or in `req`'s (then it goes out only if that commits);
 * once it is committed, the worker of this process, if it runs here, sends it at once, at the
 * configured rate.
 */
export async function queueMail(payload: Payload, message: SendMailOptions, req?: PayloadRequest): Promise<void> {
  await payload.jobs.queue({ input: { message: message as Record<string, unknown> }, queue: mailQueue, req, task: sendMailTaskSlug })
  afterCommit(req, mailWorkers.wakerOf(payload))
}

/**
 * How many mails may go out now: `MAIL_RATE_PER_MINUTE` earned over the time since the last
 * asking, saved up for at most a second so a quiet minute is not followed by a burst.
 */
function mailAllowance(perMinute: number) {
  if (perMinute === 0) return { take: () => 100 }
  const most = Math.max(1, perMinute / 60)
  let saved = most
  let askedAt = Date.now()
  return {
    take: () => {
      const now = Date.now()
      saved = Math.min(most, saved + (perMinute * (now - askedAt)) / 60_000)
      askedAt = now
      const whole = Math.floor(saved)
      saved -= whole
      return whole
    },
  }
}

/**
 * Sends queued mail one run at a time, while `mayWork` allows (another process may be the one
 * that sends): at once after a commit in this process queued some, and otherwise every
 * `intervalMs` while there is some and less and less often (up to `idleCeilingMs`) while there
 * is none. Returns a function that stops it.
 */
export function startMailWorker(
  payload: Payload,
  {
    idleCeilingMs,
    intervalMs = 1000,
    mayWork,
    onLook,
  }: { idleCeilingMs?: number; intervalMs?: number; mayWork: () => boolean; onLook?: (look: Look) => void },
): () => Promise<void> {
  const allowance = mailAllowance(mailRatePerMinute())
  const poller = startPoller({
    idleCeilingMs,
    intervalMs,
    look: async () => {
      const limit = allowance.take()
      // Sent enough for now: look again after the interval, when more may go.
      if (limit === 0) return true
      const { noJobsRemaining } = await payload.jobs.run({ limit, overrideAccess: true, queue: mailQueue, silent: true })
      return noJobsRemaining !== true
    },
    mayWork,
    onError: (error) => payload.logger.warn({ err: error }, 'mail worker: run failed, will retry'),
    onLook,
  })
  mailWorkers.hold(payload, poller)
  payload.logger.info({ perMinute: mailRatePerMinute() || 'unlimited', to: processTransport().describe }, 'mail: sending queued mail')
  return async () => {
    mailWorkers.release(payload)
    await poller.stop()
  }
}
