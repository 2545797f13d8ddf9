import { TZDate } from '@date-fns/tz'
import { addDays, addWeeks, getISOWeek, getISOWeekYear, startOfDay, startOfISOWeek, subDays, subWeeks } from 'date-fns'

import type { DigestSchedule, MailLanguage } from '../../../domain/notifications'

/** The region's clock: a day and a week start at midnight in The Hague, whatever the server's zone. */
const zone = 'Europe/Amsterdam'

export type DigestPeriod = {
  schedule: DigestSchedule
  /** `2026-12-02` for a day, `2026-W49` for an ISO week: one digest per person per key. */
  key: string
  from: Date
  until: Date
}

const keyOf = (schedule: DigestSchedule, from: Date) => {
  const local = new TZDate(from, zone)
  if (schedule === 'weekly') return `${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, '0')}`
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`
}

const startOf = (schedule: DigestSchedule, at: Date) => {
  const local = new TZDate(at, zone)
  return schedule === 'daily' ? startOfDay(local) : startOfISOWeek(local)
}

const period = (schedule: DigestSchedule, from: Date, until: Date): DigestPeriod => ({
  from: new Date(from.getTime()),
  key: keyOf(schedule, from),
  schedule,
  until: new Date(until.getTime()),
})

/** The last whole day or week before `at`: what a digest sent at `at` lists. */
export function completedPeriod(schedule: DigestSchedule, at: Date): DigestPeriod {
  const until = startOf(schedule, at)
  return period(schedule, schedule === 'daily' ? subDays(until, 1) : subWeeks(until, 1), until)
}

/** The day or week `at` falls in: what the next digest will list. */
export function currentPeriod(schedule: DigestSchedule, at: Date): DigestPeriod {
  const from = startOf(schedule, at)
  return period(schedule, from, schedule === 'daily' ? addDays(from, 1) : addWeeks(from, 1))
}

/** How a mail names the period: "op 2 december 2026", "in week 49 (30 november – 6 december)". */
export function describePeriod(window: DigestPeriod, language: MailLanguage): string {
  const format = (date: Date, withYear: boolean) =>
    new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
      day: 'numeric',
      month: 'long',
      timeZone: zone,
      ...(withYear ? { year: 'numeric' } : {}),
    }).format(date)
  if (window.schedule === 'daily') return `${language === 'en' ? 'on' : 'op'} ${format(window.from, true)}`
  const last = new Date(window.until.getTime() - 1)
  return `in week ${Number(window.key.slice(-2))} (${format(window.from, false)} – ${format(last, false)})`
}
