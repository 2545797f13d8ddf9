import type { Payload } from 'payload'

import type { DigestSchedule } from '../../../domain/notifications'

import { type Reader, loadReaders } from '../readers'
import { notificationWords } from '../words'
import { digestSource, followKeysByUser } from './collect'
import { currentPeriod, describePeriod } from './periods'

export type DigestPreview = {
  schedule: DigestSchedule
  /** Whether the digest is on: when off, this is what a weekly one would hold. */
  enabled: boolean
  period: { key: string; from: string; until: string; description: string }
  groups: { theme: string; items: { collection: string; id: string; title: string; summary: string; url: string }[] }[]
}

const sourceFreshForMs = 60_000
const recentSources = new Map<string, { at: number; source: ReturnType<typeof digestSource> }>()

/**
 * What was made live so far in the current period, shared by every preview for a minute: a preview
 * is one person's, but reading the period's items is the same work for everyone who asks.
 */
function recentSource(payload: Payload, from: Date, at: Date) {
  const key = from.toISOString()
  const cached = recentSources.get(key)
  if (cached && at.getTime() - cached.at < sourceFreshForMs) return cached.source
  const source = digestSource(payload, { from, until: at })
  recentSources.clear()
  recentSources.set(key, { at: at.getTime(), source })
  source.catch(() => recentSources.delete(key))
  return source
}

/** The digest a person will get at the end of the current period, as far as it is known now, with the same access checks. */
export async function previewDigest(payload: Payload, userId: string | number, at = new Date()): Promise<DigestPreview | undefined> {
  const [reader] = await loadReaders(payload, { id: { equals: userId } })
  if (!reader) return undefined
  const enabled = reader.digest === 'daily' || reader.digest === 'weekly'
  const schedule: DigestSchedule = reader.digest === 'daily' ? 'daily' : 'weekly'
  const period = currentPeriod(schedule, at)
  const source = await recentSource(payload, period.from, at)
  const follows = await followKeysByUser(payload, [reader.id])
  const groups = await source.digestFor(
    reader as Reader,
    follows.get(String(reader.id)) ?? [],
    notificationWords[reader.language].digest.otherTheme,
  )
  return {
    enabled,
    groups: groups.map((group) => ({
      items: group.items.map((item) => ({
        collection: item.ref.collection,
        id: item.ref.id,
        summary: item.summary(reader.language),
        title: item.title(reader.language),
        url: item.link(reader.language),
      })),
      theme: group.theme,
    })),
    period: {
      description: describePeriod(period, reader.language),
      from: period.from.toISOString(),
      key: period.key,
      until: period.until.toISOString(),
    },
    schedule,
  }
}
