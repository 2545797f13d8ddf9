import type { Metadata } from 'next'

import { redirect } from 'next/navigation'

import { notificationKindLabels, type NotificationKind } from '../../../../../domain/notifications'
import { formatDate } from '../../../../../lib/dates'
import { notificationWords } from '../../../../notifications/words'
import { dictionaryFor, hrefIn, type PortalLocale } from '../../../../portal/i18n'
import { markAllRead } from '../../../../portal/followActions'
import { notifyWordsFor } from '../../../../portal/notifyWords'
import { portalContext } from '../../../../portal/payload'
import { itemHref } from '../../../../portal/routes'
import { commentAnchor, portalPaths } from '../../../../portalAddresses'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: PortalLocale }> }): Promise<Metadata> {
  return { title: notifyWordsFor((await params).locale).notificationsTitle }
}

type Doc = Record<string, any>

/** Where a notification takes its reader: the item's page (at the comment it is about), the card of an experience, or the admin panel for drafts. */
function hrefOf(locale: PortalLocale, notification: Doc): string | undefined {
  const page = pageOf(locale, notification)
  const comment = notification.aboutComment
  const commentId = comment && typeof comment === 'object' ? comment.id : comment
  return page && commentId ? `${page}#${commentAnchor(commentId)}` : page
}

function pageOf(locale: PortalLocale, notification: Doc): string | undefined {
  const item = notification.item
  if (!item?.value || typeof item.value !== 'object') return undefined
  if (['submitted', 'sent-back', 'review-due'].includes(notification.kind)) return `/admin/collections/${item.relationTo}/${item.value.id}`
  if (item.relationTo === 'questions') return hrefIn(locale, portalPaths.question(item.value.id))
  if (item.relationTo === 'experiences') {
    const card = item.value.intervention
    return card && typeof card === 'object' && card.slug ? itemHref(locale, 'interventions', card.slug) : undefined
  }
  return item.value.slug ? itemHref(locale, item.relationTo, item.value.slug) : undefined
}

function titleOf(notification: Doc): string {
  const value = notification.item?.value
  if (!value || typeof value !== 'object') return ''
  if (notification.item.relationTo === 'experiences' && value.intervention && typeof value.intervention === 'object')
    return value.intervention.title ?? value.title
  return value.title ?? ''
}

/** The reader's notifications, newest first; only those about items they may read now exist for them. */
export default async function NotificationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: PortalLocale }>
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const { locale } = await params
  const { gelezen } = await searchParams
  const { payload, user } = await portalContext()
  if (!user) redirect(`${hrefIn(locale, '/inloggen')}?terug=${encodeURIComponent(hrefIn(locale, portalPaths.notifications))}`)
  const words = { ...dictionaryFor(locale), ...notifyWordsFor(locale) }
  const sentences = notificationWords[locale]
  const { docs } = await payload.find({
    collection: 'notifications',
    depth: 2,
    limit: 50,
    locale,
    overrideAccess: false,
    user,
    sort: '-createdAt',
  })
  const notifications = docs as unknown as Doc[]
  const unread = notifications.filter((each) => !each.readAt).length
  return (
    <>
      <h1 className="utrecht-heading-1">{words.notificationsTitle}</h1>
      <p className="utrecht-paragraph">
        {words.notificationsIntro}{' '}
        <a className="utrecht-link" href={`${hrefIn(locale, portalPaths.follows)}#instellingen`}>
          {words.settingsTitle}
        </a>
      </p>
      {gelezen ? (
        <p className="utrecht-paragraph portal-notice" role="status">
          {words.markedRead}
        </p>
      ) : null}
      {unread > 0 ? (
        <form action={markAllRead}>
          <input name="locale" type="hidden" value={locale} />
          <button className="utrecht-button utrecht-button--secondary-action" type="submit">
            {words.markAllRead}
          </button>
        </form>
      ) : null}
      {notifications.length === 0 ? (
        <p className="utrecht-paragraph">{words.notificationsEmpty}</p>
      ) : (
        <ol className="portal-cards portal-notifications">
          {notifications.map((notification) => {
            const kind = notification.kind as NotificationKind
            const href = hrefOf(locale, notification)
            const title = titleOf(notification)
            const municipality = notification.item?.value?.municipality
            const sentence = sentences.sentence[kind]({
              about: municipality && typeof municipality === 'object' ? municipality.name : null,
              actor: notification.actorName,
              comment: notification.comment,
              title,
            })
            return (
              <li className={`portal-card${notification.readAt ? '' : ' portal-card--unread'}`} key={notification.id}>
                <p className="portal-meta">
                  {notification.readAt ? null : <strong className="utrecht-data-badge">{words.new}</strong>}{' '}
                  {notificationKindLabels[kind][locale]} ·{' '}
                  <time dateTime={notification.createdAt}>{formatDate(notification.createdAt, locale, true)}</time>
                </p>
                <p className="utrecht-paragraph">
                  {href ? (
                    <a className="utrecht-link" href={href}>
                      {sentence}
                    </a>
                  ) : (
                    sentence
                  )}
                </p>
                {notification.comment ? <blockquote className="portal-prewrap">{notification.comment}</blockquote> : null}
              </li>
            )
          })}
        </ol>
      )}
    </>
  )
}
