import type { ServerProps } from 'payload'

import { isCurator, type SessionUser } from '../../domain/access'
import { datedSlugs, reviewedSlugs } from '../../domain/knowledge'
import { overdueItems, type QueueEntry, reviewQueue } from '../../plugins/editorial-workflow'
import { formatDate } from '../../lib/dates'
import { adminTexts, inLanguage } from './texts'

type EntryListProps = {
  empty: string
  entries: QueueEntry[]
  kindOf: (entry: QueueEntry) => string
  language: string | undefined
  when: (entry: QueueEntry) => unknown
}

function EntryList({ empty, entries, kindOf, language, when }: EntryListProps) {
  if (entries.length === 0) return <p>{empty}</p>
  return (
    <ul>
      {entries.map((entry) => (
        <li key={`${entry.collection}:${entry.id}`}>
          <a href={`/admin/collections/${entry.collection}/${entry.id}`}>{entry.title}</a> ({kindOf(entry)},{' '}
          {formatDate(when(entry), language)})
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
    <section aria-labelledby="editorial-queues" className="editorial-queues" style={{ marginBottom: 'var(--base)' }}>
      <h2 id="editorial-queues" style={{ fontSize: '1.25rem' }}>
        {texts.waiting} ({waiting.length})
      </h2>
      <EntryList
        language={i18n?.language}
        empty={texts.nothingToReview}
        entries={waiting}
        kindOf={kindOf}
        when={(entry) => entry.submittedAt}
      />
      <h2 style={{ fontSize: '1.25rem' }}>
        {texts.overdue} ({overdue.length})
      </h2>
      <EntryList
        language={i18n?.language}
        empty={texts.upToDate}
        entries={overdue.slice(0, 20)}
        kindOf={kindOf}
        when={(entry) => entry.reviewBy}
      />
    </section>
  )
}
