import { knowledgeCollections, portalSlugOfSection, type PortalSlug } from '../../domain/knowledge'
import { hrefIn, type PortalLocale } from './i18n'

/** Where an item's page lives; the same paths the search index gives its hits. */
export const itemHref = (locale: PortalLocale, collection: string, slug: string): string => {
  const entry = knowledgeCollections.find((each) => each.slug === collection)
  const base = entry && 'portalPath' in entry ? entry.portalPath : undefined
  return hrefIn(locale, base ? `${base}/${slug}` : '/')
}

/** The collection whose pages live under a path's first segment (`goede-praktijken`). */
export const collectionOfSection = (section: string): PortalSlug | undefined => portalSlugOfSection(section)
