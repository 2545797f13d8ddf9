import type { ServerProps } from 'payload'

import { isCurator, type SessionUser } from '../../domain/access'
import { datedSlugs, reviewedSlugs } from '../../domain/knowledge'
import { overdueItems, type QueueEntry, reviewQueue } from '../../plugins/editorial-workflow'
import { adminTexts, inLanguage } from './texts'

const dateOf = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : '')

type EntryListProps = { empty: string; entries: QueueEntry[]; kindOf: (entry: QueueEntry) => string; when: (entry: QueueEntry) => unknown }

function EntryList({ empty, entries, kindOf, when }: EntryListProps) {
  if (entries.length === 0) return <p>{empty}</p>
  return (
    <ul>
      {entries.map((entry) => (
        <li key={`${entry.collection}:${entry.id}`}>
          <a href={`/admin/collections/${entry.collection}/${entry.id}`}>{entry.title}</a> ({kindOf(entry)}, {dateOf(when(entry))})
        </li>
      ))}
    </ul>
  )
}

/** The curator's work on the admin dashboard: what waits for review, and what is past its review-by date. */
export async function EditorialQueues({ i18n, payload, user }: ServerProps) {
  if (!isCurator(user as SessionUser | null)) return null
  const [waiting, overdue] = await Promise.all([
    reviewQueue(payload, reviewedSlugs),
    overdueItems(payload, { collections: datedSlugs, field: 'reviewBy' }),
  ])
  const texts = adminTexts(i18n?.language).editorial
  const kindOf = (entry: QueueEntry) =>
    inLanguage(payload.collections[entry.collection as keyof typeof payload.collections]?.config.labels.singular, i18n?.language)
  return (
    <section aria-labelledby="editorial-queues" style={{ marginBottom: 'var(--base)' }}>
      <h2 id="editorial-queues" style={{ fontSize: '1.25rem' }}>
        {texts.waiting} ({waiting.length})
      </h2>
      <EntryList empty={texts.nothingToReview} entries={waiting} kindOf={kindOf} when={(entry) => entry.submittedAt} />
      <h2 style={{ fontSize: '1.25rem' }}>
        {texts.overdue} ({overdue.length})
      </h2>
      <EntryList empty={texts.upToDate} entries={overdue.slice(0, 20)} kindOf={kindOf} when={(entry) => entry.reviewBy} />
    </section>
  )
}
