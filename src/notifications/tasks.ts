import type { TaskConfig } from 'payload'

import type { DigestSchedule } from '../../domain/notifications'
import type { WorkspaceEvent } from './events'

import { deliverEvent } from './deliver'
import { runDigest } from './digest/run'
import { notifyTaskSlug } from './events'
import { tellRecommendationsOverdue } from '../workshop/overdue'
import { forgetOldNotifications, tellReviewsDue } from './reviewDue'

/**
 * Each scheduled task has a queue of its own: Payload keeps when each was last scheduled in one
 * record per call, read once and written back whole for every task of the queue asked about, so
 * two tasks in one queue overwrite each other's time and the first would be scheduled for the
 * same morning over and over.
 */
export const scheduledQueues = { daily: 'digest-daily', upkeep: 'notification-upkeep', weekly: 'digest-weekly' } as const

type BeforeScheduleFn = NonNullable<NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>['beforeSchedule']>

type Notify = { input: { event: WorkspaceEvent }; output: { told: number } }

/** Tells everyone an event concerns, after the write that made it is committed. Safe to retry. */
export const notifyTask: TaskConfig<Notify> = {
  slug: notifyTaskSlug,
  handler: async ({ input, req }) => ({ output: { told: await deliverEvent(req.payload, input.event) } }),
  inputSchema: [{ name: 'event', type: 'json', required: true }],
  outputSchema: [{ name: 'told', type: 'number' }],
  retries: { attempts: 6, backoff: { delay: 5000, type: 'exponential' } },
}

/**
 * A scheduled run knows the moment it was meant for, so a late run still covers the right period;
 * a run missed while no process did the background work is made up once, for its own period.
 */
const rememberScheduledTime: BeforeScheduleFn = async (args) => {
  const decision = await args.defaultBeforeSchedule(args)
  return { ...decision, input: { at: (decision.waitUntil ?? new Date()).toISOString() } }
}

type Scheduled = { input: { at?: string }; output: Record<string, unknown> }

const atOf = (input: { at?: string }) => (input.at ? new Date(input.at) : new Date())

// Croner reads these in UTC: 06:00 UTC is 07:00 or 08:00 in The Hague, before the working day.
const digestTask = (schedule: DigestSchedule, cron: string): TaskConfig<Scheduled> => ({
  slug: `${schedule}Digest`,
  handler: async ({ input, req }) => {
    const report = await runDigest(req.payload, { at: atOf(input), schedule })
    req.payload.logger.info({ ...report, period: report.period.key }, `digest: ${schedule} digest queued`)
    return { output: { mailed: report.mailed, period: report.period.key } }
  },
  inputSchema: [{ name: 'at', type: 'text' }],
  retries: { attempts: 4, backoff: { delay: 60_000, type: 'exponential' } },
  schedule: [{ cron, hooks: { beforeSchedule: rememberScheduledTime }, queue: scheduledQueues[schedule] }],
})

export const dailyDigestTask = digestTask('daily', '0 6 * * *')
export const weeklyDigestTask = digestTask('weekly', '0 6 * * 1')

/** Every morning: reviews that came due, workshop recommendations past their due date, and notifications past their retention. */
export const dailyUpkeepTask: TaskConfig<Scheduled> = {
  slug: 'notificationUpkeep',
  handler: async ({ input, req }) => {
    const told = (await tellReviewsDue(req.payload, atOf(input))) + (await tellRecommendationsOverdue(req.payload, atOf(input)))
    await forgetOldNotifications(req.payload, atOf(input))
    return { output: { told } }
  },
  inputSchema: [{ name: 'at', type: 'text' }],
  retries: { attempts: 4, backoff: { delay: 60_000, type: 'exponential' } },
  schedule: [{ cron: '0 5 * * *', hooks: { beforeSchedule: rememberScheduledTime }, queue: scheduledQueues.upkeep }],
}

export const notificationTasks = [notifyTask, dailyDigestTask, weeklyDigestTask, dailyUpkeepTask]
