import type { Metadata } from 'next'

import { notificationKindLabels } from '../../../../../domain/notifications'
import { verifyUnsubscribeToken } from '../../../../notifications'
import { hrefIn, type PortalLocale } from '../../../../portal/i18n'
import { confirmUnsubscribe } from '../../../../portal/followActions'
import { notifyWordsFor } from '../../../../portal/notifyWords'
import { portalContext } from '../../../../portal/payload'
import { portalPaths } from '../../../../portalAddresses'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: PortalLocale }> }): Promise<Metadata> {
  return { title: notifyWordsFor((await params).locale).unsubscribeTitle, robots: { index: false } }
}

/**
 * The page behind a mail's unsubscribe link: it asks before it turns anything off, because mail
 * scanners open every link in a mail. No sign-in needed; the signed token says whose mail and which.
 */
export default async function UnsubscribePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: PortalLocale }>
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const { locale } = await params
  const { klaar, token } = await searchParams
  const words = notifyWordsFor(locale)
  const { payload } = await portalContext()
  const request = verifyUnsubscribeToken(payload, token)
  const settings = (
    <a className="utrecht-link" href={`${hrefIn(locale, portalPaths.follows)}#instellingen`}>
      {words.settingsTitle}
    </a>
  )
  if (!request)
    return (
      <>
        <h1 className="utrecht-heading-1">{words.unsubscribeTitle}</h1>
        <p className="utrecht-paragraph">{words.unsubscribeInvalid}</p>
        <p className="utrecht-paragraph">{settings}</p>
      </>
    )
  const what = request.subscription === 'digest' ? words.digestName : notificationKindLabels[request.subscription][locale].toLowerCase()
  return (
    <>
      <h1 className="utrecht-heading-1">{words.unsubscribeTitle}</h1>
      {klaar === '1' ? (
        <p className="utrecht-paragraph" role="status">
          {words.unsubscribeDone(what)}
        </p>
      ) : (
        <form action={confirmUnsubscribe} className="portal-form">
          <input name="locale" type="hidden" value={locale} />
          <input name="token" type="hidden" value={token} />
          <p className="utrecht-paragraph">{words.unsubscribeConfirm(what)}</p>
          <button className="utrecht-button utrecht-button--primary-action" type="submit">
            {words.unsubscribeButton}
          </button>
        </form>
      )}
      <p className="utrecht-paragraph">{settings}</p>
    </>
  )
}
