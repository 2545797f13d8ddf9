import type { ServerProps } from 'payload'

import { isCurator, organisationOf, type SessionUser } from '../../domain/access'
import { reviewedSlugs } from '../../domain/knowledge'
import { organisationWork, type QueueEntry } from '../../plugins/editorial-workflow'
import { formatDate } from '../../lib/dates'
import { adminTexts, inLanguage } from './texts'

/**
 * The member's dashboard: their organisation's items by workflow status, what a curator sent back
 * first, with the comment that says what to change.
 */
export async function OrganisationWork({ i18n, payload, user }: ServerProps) {
  const organisation = organisationOf(user as SessionUser | null)
  if (!organisation) return null
  const language = i18n?.language
  const texts = adminTexts(language).organisationWork
  const [work, owner] = await Promise.all([
    organisationWork(payload, { collections: reviewedSlugs, organisation, ownerField: 'ownerOrganisation', user }),
    payload.findByID({ collection: 'organisations', depth: 0, disableErrors: true, id: organisation, overrideAccess: false, user }),
  ])
  const kindOf = (entry: QueueEntry) =>
    inLanguage(payload.collections[entry.collection as keyof typeof payload.collections]?.config.labels.singular, language)
  const when = (entry: QueueEntry) => formatDate(entry.updatedAt, language)
  const sections = [
    { entries: work['sent-back'], id: 'work-sent-back', title: texts.sentBack },
    // Curators find what waits for review in their own queue above.
    ...(isCurator(user as SessionUser | null) ? [] : [{ entries: work['in-review'], id: 'work-in-review', title: texts.inReview }]),
    { entries: work.draft, id: 'work-draft', title: texts.draft },
  ].filter((section) => section.entries.length > 0)
  const name = (owner as { name?: string } | null)?.name ?? ''

  return (
    <section aria-labelledby="organisation-work" className="organisation-work">
      <h2 id="organisation-work">{texts.heading(name)}</h2>
      {sections.length === 0 && work.published === 0 ? <p>{texts.empty}</p> : null}
      {sections.map((section) => (
        <section aria-labelledby={section.id} key={section.id}>
          <h3 id={section.id}>
            {section.title} ({section.entries.length})
          </h3>
          <ul>
            {section.entries.map((entry) => (
              <li key={`${entry.collection}:${entry.id}`}>
                <a href={`/admin/collections/${entry.collection}/${entry.id}`}>{entry.title}</a> ({kindOf(entry)}, {texts.updated}{' '}
                {when(entry)})
                {section.id === 'work-sent-back' && typeof entry.reviewComment === 'string' ? (
                  <blockquote className="organisation-work__comment">{entry.reviewComment}</blockquote>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {work.published > 0 ? <p>{texts.published(work.published)}</p> : null}
    </section>
  )
}
