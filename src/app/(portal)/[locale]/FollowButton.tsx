import { headers } from 'next/headers'

import type { FollowableSlug } from '../../../../domain/notifications'

import { dutchPathOf, hrefIn, type PortalLocale } from '../../../portal/i18n'
import { toggleFollow } from '../../../portal/followActions'
import { followOf } from '../../../portal/follows'
import { notifyWordsFor } from '../../../portal/notifyWords'
import { portalContext } from '../../../portal/payload'

/**
 * Follow or stop following a theme, organisation or item: a plain form, so it works without
 * JavaScript, and says what following it brings. Signed-out readers are asked to sign in.
 */
export async function FollowButton({
  collection,
  id,
  locale,
  name,
}: {
  collection: FollowableSlug
  id: string
  locale: PortalLocale
  name: string
}) {
  const words = notifyWordsFor(locale)
  const { payload, user } = await portalContext()
  const here = hrefIn(locale, dutchPathOf((await headers()).get('x-portal-path') ?? '/'))
  const help =
    collection === 'themes' || collection === 'organisations' || collection === 'questions' || collection === 'groups'
      ? words.followHelp[collection]
      : words.followHelp.item
  if (!user)
    return (
      <p className="portal-follow">
        <a className="utrecht-link" href={`${hrefIn(locale, '/inloggen')}?terug=${encodeURIComponent(here)}`}>
          {words.signInToFollow}
        </a>
        <span className="portal-meta"> · {help}</span>
      </p>
    )
  const follow = await followOf(payload, user, collection, id)
  return (
    <form action={toggleFollow} className="portal-follow">
      <input name="locale" type="hidden" value={locale} />
      <input name="returnTo" type="hidden" value={here} />
      <input name="relationTo" type="hidden" value={collection} />
      <input name="value" type="hidden" value={id} />
      {follow ? <input name="follow" type="hidden" value={String(follow.id)} /> : null}
      {follow ? (
        <>
          <span className="portal-following" role="status">
            ✓ {words.following}
          </span>{' '}
          <button aria-label={words.unfollowNamed(name)} className="utrecht-button utrecht-button--subtle" type="submit">
            {words.unfollow}
          </button>
        </>
      ) : (
        <>
          <button aria-describedby={`follow-help-${id}`} className="utrecht-button utrecht-button--secondary-action" type="submit">
            {words.follow}
          </button>{' '}
          <span className="portal-meta" id={`follow-help-${id}`}>
            {help}
          </span>
        </>
      )}
    </form>
  )
}
