import type { Metadata } from 'next'

import type { PortalLocale } from './i18n'

export { feedPath } from '../feeds'

/** The feed's address for a reader of the portal in this language. */
export const feedHref = (locale: PortalLocale, path: string) => (locale === 'nl' ? path : `${path}?locale=en`)

export const feedWords = (locale: PortalLocale) =>
  locale === 'en'
    ? { link: 'Follow new public items in your feed reader (Atom)', title: (name: string) => `${name} (Atom feed)` }
    : { link: 'Volg nieuwe openbare items in uw feedlezer (Atom)', title: (name: string) => `${name} (Atom-feed)` }

/** `<link rel="alternate" type="application/atom+xml">` in the page's head, so feed readers find it. */
export const feedAlternates = (locale: PortalLocale, path: string, name: string): Metadata['alternates'] => ({
  types: { 'application/atom+xml': [{ title: feedWords(locale).title(name), url: feedHref(locale, path) }] },
})
