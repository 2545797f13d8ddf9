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
import { signOut } from '../../../portal/session'

export const metadata: Metadata = {
  description: 'Kennis- en samenwerkingsplatform van het regionaal veiligheidspartnerschap Den Haag',
  title: { default: 'Weerbaar', template: '%s – Weerbaar' },
}

export default async function PortalLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isPortalLocale(locale)) notFound()
  const words = dictionaryFor(locale)
  const other = locale === 'nl' ? 'en' : 'nl'
  const { payload, user } = await portalContext()
  const dutchPath = dutchPathOf((await headers()).get('x-portal-path') ?? '/')
  const navigation = [
    { href: hrefIn(locale, '/'), label: words.home },
    { href: hrefIn(locale, '/zoeken'), label: words.search },
    { href: hrefIn(locale, '/interventies/matrix'), label: words.matrix },
    ...(isCurator(user as SessionUser | null) ? [{ href: '/admin', label: words.adminPanel }] : []),
  ]
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
