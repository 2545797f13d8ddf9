import type { ServerProps } from 'payload'

import { isCurator, type SessionUser } from '../../domain/access'
import { datedSlugs, reviewedSlugs } from '../../domain/knowledge'
import { overdueItems, type QueueEntry, reviewQueue } from '../../plugins/editorial-workflow'

const dateOf = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : '')

function EntryList({ empty, entries, when }: { empty: string; entries: QueueEntry[]; when: (entry: QueueEntry) => unknown }) {
  if (entries.length === 0) return <p>{empty}</p>
  return (
    <ul>
      {entries.map((entry) => (
        <li key={`${entry.collection}:${entry.id}`}>
          <a href={`/admin/collections/${entry.collection}/${entry.id}`}>{entry.title}</a> ({entry.collection}, {dateOf(when(entry))})
        </li>
      ))}
    </ul>
  )
}

/** The curator's work on the admin dashboard: what waits for review, and what is past its review-by date. */
export async function EditorialQueues({ payload, user }: ServerProps) {
  if (!isCurator(user as SessionUser | null)) return null
  const [waiting, overdue] = await Promise.all([
    reviewQueue(payload, reviewedSlugs),
    overdueItems(payload, { collections: datedSlugs, field: 'reviewBy' }),
  ])
  return (
    <section aria-labelledby="editorial-queues" style={{ marginBottom: 'var(--base)' }}>
      <h2 id="editorial-queues" style={{ fontSize: '1.25rem' }}>
        Ter beoordeling / In review ({waiting.length})
      </h2>
      <EntryList empty="Niets te beoordelen. / Nothing to review." entries={waiting} when={(entry) => entry.submittedAt} />
      <h2 style={{ fontSize: '1.25rem' }}>Herziening verlopen / Past review-by date ({overdue.length})</h2>
      <EntryList empty="Alles is actueel. / Everything is current." entries={overdue.slice(0, 20)} when={(entry) => entry.reviewBy} />
    </section>
  )
}
