import type { ServerProps } from 'payload'

import { isCurator, type SessionUser } from '../../domain/access'
import { type NotificationKind } from '../../domain/notifications'
import { formatDate } from '../../lib/dates'
import { notificationWords } from '../notifications/words'
import { portalPaths } from '../portalAddresses'

type Doc = Record<string, any>

/** A curator's newest notifications on the admin dashboard (submissions, reviews due), read with their own access. */
export async function MyNotifications({ i18n, payload, user }: ServerProps) {
  if (!user || !isCurator(user as SessionUser)) return null
  const language = i18n?.language === 'en' ? 'en' : 'nl'
  const words = notificationWords[language]
  const { docs, totalDocs } = await payload.find({
    collection: 'notifications',
    depth: 1,
    limit: 8,
    locale: language,
    overrideAccess: false,
    sort: '-createdAt',
    user,
    where: { readAt: { exists: false } },
  })
  const heading = language === 'en' ? 'My unread notifications' : 'Mijn ongelezen meldingen'
  const all = language === 'en' ? 'All notifications' : 'Alle meldingen'
  return (
    <section aria-labelledby="my-notifications" style={{ marginBottom: 'var(--base)' }}>
      <h2 id="my-notifications" style={{ fontSize: '1.25rem' }}>
        {heading} ({totalDocs})
      </h2>
      {docs.length === 0 ? (
        <p>{language === 'en' ? 'Nothing new.' : 'Niets nieuws.'}</p>
      ) : (
        <ul>
          {(docs as unknown as Doc[]).map((notification) => {
            const item = notification.item
            const title = item?.value && typeof item.value === 'object' ? (item.value.title ?? '') : ''
            const sentence = words.sentence[notification.kind as NotificationKind]({ actor: notification.actorName, title })
            return (
              <li key={notification.id}>
                {item?.value && typeof item.value === 'object' ? (
                  <a href={`/admin/collections/${item.relationTo}/${item.value.id}`}>{sentence}</a>
                ) : (
                  sentence
                )}{' '}
                ({formatDate(notification.createdAt, language, true)})
              </li>
            )
          })}
        </ul>
      )}
      <p>
        <a href={`${language === 'en' ? '/en' : ''}${portalPaths.notifications}`}>{all}</a>
      </p>
    </section>
  )
}
