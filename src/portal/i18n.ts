/**
 * The portal's two languages: Dutch at the root, English under /en. Content comes in the chosen
 * locale with Dutch as fallback; the words of the pages themselves are here.
 */
export const portalLocales = ['nl', 'en'] as const
export type PortalLocale = (typeof portalLocales)[number]

export const isPortalLocale = (value: unknown): value is PortalLocale => portalLocales.includes(value as PortalLocale)

/** The address of a portal page in a language; `path` is the Dutch path, e.g. `/zoeken`. */
export const hrefIn = (locale: PortalLocale, path: string): string =>
  locale === 'nl' ? path : `/en${path === '/' ? '' : path}`

/** The Dutch path of an address in either language. */
export const dutchPathOf = (address: string): string => {
  if (!/^\/en(?=\/|\?|$)/.test(address)) return address
  const rest = address.slice(3)
  return rest.startsWith('/') ? rest : `/${rest}`
}

const nl = {
  allResults: 'Alle resultaten',
  collectionNames: {
    'good-practices': 'Goede praktijk',
    interventions: 'Interventiekaart',
    'knowledge-cases': 'Casus kenniswerkplaats',
    'lessons-learned': 'Geleerde les',
  } as Record<string, string>,
  emptyList: 'Hier is nog niets te zien.',
  footer: 'Regionaal veiligheidspartnerschap eenheid Den Haag · City Deal Lokale Cyberweerbaarheid',
  home: 'Home',
  homeIntro:
    'Interventies, goede praktijken en lessen van de 27 gemeenten, de politie, het Openbaar Ministerie en de partners van de City Deal Lokale Cyberweerbaarheid.',
  languageName: 'Nederlands',
  mainNavigation: 'Hoofdmenu',
  recentlyPublished: 'Recent gepubliceerd',
  recentlyUpdated: 'Recent bijgewerkt',
  search: 'Zoeken',
  searchButton: 'Zoek',
  searchLabel: 'Zoek in interventies, goede praktijken, casussen en lessen',
  signIn: 'Inloggen',
  siteName: 'Weerbaar',
  skipToContent: 'Naar de inhoud',
  switchLanguage: 'English',
  themes: "Thema's",
}

type Dictionary = typeof nl

const en: Dictionary = {
  allResults: 'All results',
  collectionNames: {
    'good-practices': 'Good practice',
    interventions: 'Intervention card',
    'knowledge-cases': 'Workshop case',
    'lessons-learned': 'Lesson learned',
  },
  emptyList: 'Nothing to show here yet.',
  footer: 'Regional safety partnership of The Hague police unit · City Deal Local Cyberresilience',
  home: 'Home',
  homeIntro:
    'Interventions, good practices and lessons of the 27 municipalities, the police, the Public Prosecution Service and the partners of the City Deal Local Cyberresilience.',
  languageName: 'English',
  mainNavigation: 'Main menu',
  recentlyPublished: 'Recently published',
  recentlyUpdated: 'Recently updated',
  search: 'Search',
  searchButton: 'Search',
  searchLabel: 'Search interventions, good practices, cases and lessons',
  signIn: 'Sign in',
  siteName: 'Weerbaar',
  skipToContent: 'Skip to content',
  switchLanguage: 'Nederlands',
  themes: 'Themes',
}

export const dictionaryFor = (locale: PortalLocale): Dictionary => (locale === 'en' ? en : nl)

const searchWordsNl = {
  activeFilters: 'Actieve filters',
  applyFilters: 'Filters toepassen',
  clearFilters: 'Alle filters wissen',
  filters: 'Filters',
  next: 'Volgende',
  noResults: 'Niets gevonden.',
  noResultsTips: ['Controleer de spelling of gebruik minder of andere woorden.', 'Wis een of meer filters.', 'Zoek op een thema of doelgroep in plaats van een precieze titel.'],
  pagination: 'Paginering',
  previous: 'Vorige',
  removeFilter: 'Filter verwijderen',
  results: (count: number) => (count === 1 ? '1 resultaat' : `${count} resultaten`),
  sort: 'Sorteren',
  sortNewest: 'Nieuwste eerst',
  sortRelevance: 'Best passend',
  unavailable: 'Zoeken is even niet beschikbaar. Probeer het over een paar minuten opnieuw.',
}

const searchWordsEn: typeof searchWordsNl = {
  activeFilters: 'Active filters',
  applyFilters: 'Apply filters',
  clearFilters: 'Clear all filters',
  filters: 'Filters',
  next: 'Next',
  noResults: 'Nothing found.',
  noResultsTips: ['Check the spelling, or use fewer or other words.', 'Remove one or more filters.', 'Search for a theme or target group instead of an exact title.'],
  pagination: 'Pagination',
  previous: 'Previous',
  removeFilter: 'Remove filter',
  results: (count: number) => (count === 1 ? '1 result' : `${count} results`),
  sort: 'Sort',
  sortNewest: 'Newest first',
  sortRelevance: 'Best match',
  unavailable: 'Search is unavailable for a moment. Please try again in a few minutes.',
}

export const searchWordsFor = (locale: PortalLocale) => (locale === 'en' ? searchWordsEn : searchWordsNl)
