'use server'

import { redirect } from 'next/navigation'

import { isFollowableSlug, isMailSubscription, isNotificationKind, mailLanguageOf } from '../../domain/notifications'
import { sameSitePath } from '../../lib/sameSitePath'
import { markRead, unsubscribe, verifyUnsubscribeToken } from '../notifications'
import { hrefIn, isPortalLocale, type PortalLocale } from './i18n'
import { portalContext } from './payload'

const localeOf = (form: FormData): PortalLocale => (isPortalLocale(form.get('locale')) ? (form.get('locale') as PortalLocale) : 'nl')
const text = (form: FormData, name: string) => String(form.get(name) ?? '').slice(0, 200)

/** Follows or stops following a theme, organisation or item, with the reader's own rights, and returns to the page. */
export async function toggleFollow(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const back = sameSitePath(form.get('returnTo'), hrefIn(locale, '/'))
  const { payload, user } = await portalContext()
  if (!user) redirect(`${hrefIn(locale, '/inloggen')}?terug=${encodeURIComponent(back)}`)
  const followId = text(form, 'follow')
  const asReader = { overrideAccess: false, user } as const
  if (followId) {
    await payload.delete({ ...asReader, collection: 'follows', id: followId }).catch(() => undefined)
  } else {
    const relationTo = text(form, 'relationTo')
    const value = text(form, 'value')
    if (isFollowableSlug(relationTo) && value)
      await payload.create({ ...asReader, collection: 'follows', data: { target: { relationTo, value } } as never }).catch(() => undefined)
  }
  redirect(back)
}

/** Marks all the reader's notifications read. */
export async function markAllRead(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const { payload, user } = await portalContext()
  if (!user) redirect(hrefIn(locale, '/inloggen'))
  await markRead(payload, user.id, 'all')
  redirect(`${hrefIn(locale, '/meldingen')}?gelezen=1`)
}

/** Saves the reader's own mail settings (their account's own field rule applies). */
export async function saveNotificationSettings(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const { payload, user } = await portalContext()
  if (!user) redirect(hrefIn(locale, '/inloggen'))
  const digest = text(form, 'digest')
  await payload.update({
    collection: 'users',
    data: {
      notificationSettings: {
        digest: ['off', 'daily', 'weekly'].includes(digest) ? digest : 'weekly',
        immediate: form.getAll('immediate').map(String).filter(isNotificationKind),
        language: mailLanguageOf(text(form, 'language')),
      },
    } as never,
    depth: 0,
    id: user.id,
    overrideAccess: false,
    user,
  })
  redirect(`${hrefIn(locale, '/volgend')}?opgeslagen=1#instellingen`)
}

/** The unsubscribe page's button: the same signed token as the one-click link in the mail's header. */
export async function confirmUnsubscribe(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const token = text(form, 'token').slice(0, 300)
  const { payload } = await portalContext()
  const request = verifyUnsubscribeToken(payload, token)
  if (request && isMailSubscription(request.subscription)) await unsubscribe(payload, request)
  redirect(`${hrefIn(locale, '/afmelden')}?token=${encodeURIComponent(token)}&klaar=${request ? '1' : '0'}`)
}
