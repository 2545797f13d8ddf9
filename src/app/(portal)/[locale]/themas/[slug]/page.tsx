import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { feedAlternates, feedPath } from '../../../../../portal/feeds'
import { dictionaryFor, hrefIn, type PortalLocale } from '../../../../../portal/i18n'
import { notifyWordsFor } from '../../../../../portal/notifyWords'
import { portalContext } from '../../../../../portal/payload'
import { recentItems } from '../../../../../portal/recent'
import { themeBySlug } from '../../../../../portal/taxonomy'
import { portalPaths } from '../../../../../portalAddresses'
import { FeedLink } from '../../FeedLink'
import { FollowButton } from '../../FollowButton'
import { ItemList } from '../../ItemList'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ locale: PortalLocale; slug: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params
  const theme = await themeBySlug(locale, slug)
  if (!theme) return { title: dictionaryFor(locale).notFound }
  return { alternates: feedAlternates(locale, feedPath.theme(slug), theme.name ?? slug), title: theme.name }
}

/** A theme: what it covers, its sub-themes, its newest items, and a way to follow it. */
export default async function ThemePage({ params }: Params) {
  const { locale, slug } = await params
  const theme = await themeBySlug(locale, slug)
  if (!theme) notFound()
  const words = { ...dictionaryFor(locale), ...notifyWordsFor(locale) }
  const { payload, user } = await portalContext()
  const { docs: children } = await payload.find({
    collection: 'themes',
    depth: 0,
    limit: 50,
    locale,
    pagination: false,
    sort: 'order',
    where: { parent: { equals: theme.id } },
  })
  const parent = typeof theme.parent === 'object' && theme.parent ? theme.parent : undefined
  const items = await recentItems(payload, user, locale, {
    limit: 12,
    sort: 'publishedAt',
    where: { themes: { in: [theme.id, ...children.map((child) => child.id)] } },
  })
  return (
    <article>
      <p className="portal-meta">
        {parent ? (
          <a className="utrecht-link" href={hrefIn(locale, portalPaths.theme(parent.slug ?? ''))}>
            {parent.name}
          </a>
        ) : (
          words.theme
        )}
      </p>
      <h1 className="utrecht-heading-1">{theme.name}</h1>
      {theme.description ? <p className="utrecht-paragraph utrecht-paragraph--lead">{theme.description}</p> : null}
      <FollowButton collection="themes" id={String(theme.id)} locale={locale} name={theme.name} />
      {children.length > 0 ? (
        <section aria-labelledby="sub-themes">
          <h2 className="utrecht-heading-2" id="sub-themes">
            {words.subThemes}
          </h2>
          <ul className="portal-themes">
            {children.map((child) => (
              <li key={child.id}>
                <a
                  className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
                  href={hrefIn(locale, portalPaths.theme(child.slug ?? ''))}
                >
                  {child.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="theme-items">
        <h2 className="utrecht-heading-2" id="theme-items">
          {words.itemsOnTheme}
        </h2>
        <ItemList items={items} locale={locale} />
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={`${hrefIn(locale, '/zoeken')}?theme=${theme.slug}`}>
            {words.searchInTheme}
          </a>
        </p>
        <FeedLink locale={locale} path={feedPath.theme(slug)} />
      </section>
    </article>
  )
}
