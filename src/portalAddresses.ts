import { knowledgeCollections } from '../domain/knowledge'

/**
 * Where the portal's pages live, for the portal itself and for everything that links to it (mails,
 * notifications): Dutch paths at the root, the same paths under `/en` in English.
 */
export type PortalLanguage = 'nl' | 'en'

/** The address of a portal page in a language; `path` is the Dutch path, e.g. `/zoeken`. */
export const hrefIn = (locale: PortalLanguage, path: string): string => (locale === 'nl' ? path : `/en${path === '/' ? '' : path}`)

/** Where an item's page lives; the same paths the search index gives its hits. */
export const itemHref = (locale: PortalLanguage, collection: string, slug: string): string => {
  const entry = knowledgeCollections.find((each) => each.slug === collection)
  const base = entry && 'portalPath' in entry ? entry.portalPath : undefined
  return hrefIn(locale, base ? `${base}/${slug}` : '/')
}

/** The portal's own pages for what someone follows and is told (Dutch paths). */
export const portalPaths = {
  follows: '/volgend',
  notifications: '/meldingen',
  organisation: (slug: string) => `/organisaties/${slug}`,
  theme: (slug: string) => `/themas/${slug}`,
  unsubscribe: '/afmelden',
  questions: '/vragen',
  question: (id: string | number) => `/vragen/${id}`,
  conversations: '/gesprekken',
  groups: '/groepen',
  group: (slug: string) => `/groepen/${slug}`,
  cityDeal: '/city-deal',
  recommendations: '/aanbevelingen',
  directory: '/partnergids',
  coverage: '/regio',
} as const

/** The anchor of one comment on its item's or question's page. */
export const commentAnchor = (id: string | number): string => `reactie-${id}`
