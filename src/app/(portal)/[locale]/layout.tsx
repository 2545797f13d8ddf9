import '@utrecht/component-library-css/dist/index.css'
import '@utrecht/design-tokens/dist/index.css'
import './portal.css'

import type { Metadata } from 'next'
import type React from 'react'

import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { isCurator, type SessionUser } from '../../../../domain/access'
import { instanceIdOf } from '../../../../lib/instance'
import { dictionaryFor, dutchPathOf, hrefIn, isPortalLocale } from '../../../portal/i18n'
import { portalContext } from '../../../portal/payload'
import { unreadCount } from '../../../portal/follows'
import { conversationWordsFor } from '../../../portal/conversationWords'
import { partnerWordsFor } from '../../../portal/partnerWords'
import { notifyWordsFor } from '../../../portal/notifyWords'
import { signOut } from '../../../portal/session'
import { portalPaths } from '../../../portalAddresses'

export const metadata: Metadata = {
  description: 'Kennis- en samenwerkingsplatform van het regionaal veiligheidspartnerschap Den Haag',
  title: { default: 'Weerbaar', template: '%s – Weerbaar' },
}

export default async function PortalLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isPortalLocale(locale)) notFound()
  const words = dictionaryFor(locale)
  const notifyWords = notifyWordsFor(locale)
  const conversationWords = conversationWordsFor(locale)
  const partnerWords = partnerWordsFor(locale)
  const other = locale === 'nl' ? 'en' : 'nl'
  const { payload, user } = await portalContext()
  const dutchPath = dutchPathOf((await headers()).get('x-portal-path') ?? '/')
  const navigation = [
    { href: hrefIn(locale, '/'), label: words.home },
    { href: hrefIn(locale, '/zoeken'), label: words.search },
    { href: hrefIn(locale, '/interventies/matrix'), label: words.matrix },
    { href: hrefIn(locale, portalPaths.directory), label: partnerWords.directory },
    { href: hrefIn(locale, portalPaths.groups), label: partnerWords.groups },
    { href: hrefIn(locale, portalPaths.questions), label: conversationWords.questionsShort },
    ...(user ? [{ href: hrefIn(locale, portalPaths.conversations), label: conversationWords.conversations }] : []),
    ...(user ? [{ href: hrefIn(locale, portalPaths.follows), label: notifyWords.whatIFollow }] : []),
    ...(isCurator(user as SessionUser | null) ? [{ href: '/admin', label: words.adminPanel }] : []),
  ]
  const unread = await unreadCount(payload, user)
  const here = hrefIn(locale, dutchPath)
  return (
    <html className="utrecht-theme" data-instance={instanceIdOf(payload)} lang={locale}>
      <body className="utrecht-document utrecht-document--surface">
        <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {words.skipToContent}
        </a>
        <div className="utrecht-page">
          <header className="utrecht-page-header portal-header">
            <a className="portal-brand" href={hrefIn(locale, '/')}>
              {words.siteName}
            </a>
            <nav aria-label={words.mainNavigation} className="portal-nav">
              <ul className="utrecht-nav-list">
                {navigation.map((item) => (
                  <li className="utrecht-nav-list__item" key={item.href}>
                    <a className="utrecht-nav-list__link" href={item.href}>
                      {item.label}
                    </a>
                  </li>
                ))}
                {user ? (
                  <li className="utrecht-nav-list__item">
                    <a className="utrecht-nav-list__link portal-bell" href={hrefIn(locale, portalPaths.notifications)}>
                      <svg aria-hidden="true" className="portal-bell__icon" focusable="false" height="16" viewBox="0 0 24 24" width="16">
                        <path
                          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
                          fill="currentColor"
                        />
                      </svg>{' '}
                      {notifyWords.bell}
                      {unread > 0 ? (
                        <span className="portal-bell__count">
                          {unread}
                          <span className="portal-visually-hidden"> {notifyWords.unread}</span>
                        </span>
                      ) : null}
                    </a>
                  </li>
                ) : null}
                <li className="utrecht-nav-list__item">
                  {user ? (
                    <form action={signOut} className="portal-sign-out">
                      <input name="locale" type="hidden" value={locale} />
                      <span className="portal-meta">
                        {words.signedInAs} {(user as { name?: string }).name ?? user.email}
                      </span>{' '}
                      <button className="utrecht-button utrecht-button--subtle" type="submit">
                        {words.signOut}
                      </button>
                    </form>
                  ) : (
                    <a className="utrecht-nav-list__link" href={`${hrefIn(locale, '/inloggen')}?terug=${encodeURIComponent(here)}`}>
                      {words.signIn}
                    </a>
                  )}
                </li>
                <li className="utrecht-nav-list__item">
                  <a className="utrecht-nav-list__link" href={hrefIn(other, dutchPath)} hrefLang={other} lang={other}>
                    {words.switchLanguage}
                  </a>
                </li>
              </ul>
            </nav>
          </header>
          <main className="utrecht-page-content portal-main" id="inhoud">
            {children}
          </main>
          <footer className="utrecht-page-footer portal-footer">
            <p className="utrecht-paragraph">{words.footer}</p>
          </footer>
        </div>
      </body>
    </html>
  )
}
