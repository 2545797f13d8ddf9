import { formatDate } from '../../../../lib/dates'
import { dictionaryFor, hrefIn, type PortalLocale } from '../../../portal/i18n'
import { portalContext } from '../../../portal/payload'
import { type PortalItem, recentItems } from '../../../portal/recent'
import { previousVisitOf } from '../../../portal/visits'
import { ItemList } from './ItemList'
import { SearchForm } from './SearchForm'

// Content changes all the time and depends on who is signed in.
export const dynamic = 'force-dynamic'

export default async function Home({ params }: { params: Promise<{ locale: PortalLocale }> }) {
  const { locale } = await params
  const words = dictionaryFor(locale)
  const { payload, user } = await portalContext()
  const since = await previousVisitOf(payload, user)
  const [published, changed, themes, fresh] = await Promise.all([
    recentItems(payload, user, locale, { limit: 6, sort: 'publishedAt' }),
    recentItems(payload, user, locale, { limit: 12, sort: 'updatedAt' }),
    payload.find({
      collection: 'themes',
      depth: 0,
      limit: 20,
      locale,
      pagination: false,
      sort: 'order',
      where: { parent: { exists: false } },
    }),
    since ? recentItems(payload, user, locale, { limit: 10, since, sort: 'publishedAt' }) : Promise.resolve(undefined),
  ])
  // Updated means changed since it was first published, and not already in the list beside it.
  const shown = new Set(published.map((item) => `${item.collection}:${item.id}`))
  const updated = changed
    .filter((item) => !shown.has(`${item.collection}:${item.id}`))
    .filter((item) => !item.publishedAt || Date.parse(item.updatedAt) - Date.parse(item.publishedAt) > 60 * 60 * 1000)
    .slice(0, 6)
  return (
    <>
      <h1 className="utrecht-heading-1">{words.siteName}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{words.homeIntro}</p>
      <SearchForm locale={locale} />

      {fresh ? (
        <RecentSection id="since-last-visit" items={fresh} locale={locale} title={words.sinceLastVisit(formatDate(since, locale))} />
      ) : null}

      <section aria-labelledby="themes">
        <h2 className="utrecht-heading-2" id="themes">
          {words.themes}
        </h2>
        <ul className="portal-themes">
          {themes.docs.map((theme) => (
            <li key={theme.id}>
              <a
                className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
                href={`${hrefIn(locale, '/zoeken')}?theme=${theme.slug}`}
              >
                {theme.name}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <div className="portal-columns">
        <RecentSection id="recent-published" items={published} locale={locale} title={words.recentlyPublished} />
        <RecentSection id="recent-updated" items={updated} locale={locale} title={words.recentlyUpdated} />
      </div>
    </>
  )
}

function RecentSection({ id, items, locale, title }: { id: string; items: PortalItem[]; locale: PortalLocale; title: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 className="utrecht-heading-2" id={id}>
        {title}
      </h2>
      <ItemList items={items} locale={locale} />
    </section>
  )
}
