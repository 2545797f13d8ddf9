import { searchOptions } from '../searchOptions'
import { hrefIn, type PortalLocale } from './i18n'

type PortalCollection = keyof typeof searchOptions.collections

/** Where an item's page lives; the same paths the search index gives its hits. */
export const itemHref = (locale: PortalLocale, collection: string, slug: string): string => {
  const base = searchOptions.collections[collection as PortalCollection]?.path
  return hrefIn(locale, base ? `${base}/${slug}` : '/')
}

/** The collection whose pages live under a path's first segment (`goede-praktijken`). */
export const collectionOfSection = (section: string): PortalCollection | undefined =>
  Object.entries(searchOptions.collections).find(([, options]) => options?.path === `/${section}`)?.[0] as PortalCollection | undefined
