import type { ServerProps } from 'payload'

import { isCurator, type SessionUser } from '../../domain/access'
import { formatDate } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import { richTextToPlain } from '../../lib/richTextToPlain'
import { unansweredQuestions } from '../conversation'
import { portalPaths } from '../portalAddresses'
import { adminTexts } from './texts'

/**
 * The curators' part of the conversation on the admin dashboard: comments members reported,
 * to hide or keep, and questions nobody answered in two weeks, to find someone who knows.
 */
export async function ConversationQueues({ i18n, payload, user }: ServerProps) {
  if (!isCurator(user as SessionUser | null)) return null
  const texts = adminTexts(i18n?.language).conversation
  const [reports, unanswered] = await Promise.all([
    payload.find({
      collection: 'comment-reports',
      depth: 0,
      limit: 200,
      overrideAccess: false,
      pagination: false,
      sort: 'createdAt',
      user,
      where: { state: { equals: 'open' } },
    }),
    unansweredQuestions(payload, user ?? null),
  ])
  const byComment = new Map<string, number>()
  for (const report of reports.docs) {
    const comment = idOf(report.comment)
    if (comment) byComment.set(comment, (byComment.get(comment) ?? 0) + 1)
  }
  const { docs: comments } = await payload.find({
    collection: 'comments',
    depth: 0,
    limit: byComment.size,
    overrideAccess: false,
    pagination: false,
    user,
    where: { id: { in: [...byComment.keys()] } },
  })
  const excerptOf = (id: string) => {
    const comment = comments.find((each) => String(each.id) === id)
    const text = richTextToPlain(comment?.body)
    return `${comment?.authorName ?? '—'}: “${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`
  }
  return (
    <section aria-labelledby="conversation-queues" className="conversation-queues" style={{ marginBottom: 'var(--base)' }}>
      <h2 id="conversation-queues" style={{ fontSize: '1.25rem' }}>
        {texts.reported} ({byComment.size})
      </h2>
      {byComment.size === 0 ? (
        <p>{texts.noReports}</p>
      ) : (
        <ul>
          {[...byComment].map(([comment, count]) => (
            <li key={comment}>
              <a href={`/admin/collections/comments/${comment}`}>{excerptOf(comment)}</a> ({texts.reportedOn(count)})
            </li>
          ))}
        </ul>
      )}
      <h2 style={{ fontSize: '1.25rem' }}>
        {texts.unanswered} ({unanswered.totalDocs})
      </h2>
      {unanswered.docs.length === 0 ? (
        <p>{texts.allAnswered}</p>
      ) : (
        <ul>
          {unanswered.docs.map((question) => (
            <li key={question.id}>
              <a href={portalPaths.question(question.id)}>{question.title}</a> ({question.askerName ?? '—'},{' '}
              {formatDate(question.createdAt, i18n?.language)})
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
