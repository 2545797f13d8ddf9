import type { PortalLocale } from './i18n'

/** The words of the InstantSearch demo page, Dutch first. */
const nl = {
  title: 'Zoeken met InstantSearch',
  intro:
    'Deze pagina is gebouwd met de standaardonderdelen van InstantSearch, die via de Meilisearch-adapter met de zoek-API van Weerbaar praten. Zo kan een partner dezelfde zoekfunctie op de eigen site zetten.',
  searchLabel: 'Zoek in interventies, goede praktijken en lessen',
  placeholder: 'Bijvoorbeeld: phishing ouderen',
  filters: 'Filters',
  results: 'Resultaten',
  noResults: 'Niets gevonden. Controleer de spelling of wis een filter.',
  stats: (hits: number): string => (hits === 1 ? '1 resultaat' : `${hits} resultaten`),
  showMore: (expanded: boolean): string => (expanded ? 'Minder tonen' : 'Meer tonen'),
  pagination: 'Paginering',
  page: (page: number) => `Pagina ${page}`,
  previousPage: 'Vorige pagina',
  nextPage: 'Volgende pagina',
  firstPage: 'Eerste pagina',
  lastPage: 'Laatste pagina',
  loading: 'Zoeken wordt geladen…',
  classicSearch: 'Naar de gewone zoekpagina',
}

const en: typeof nl = {
  title: 'Search with InstantSearch',
  intro:
    "This page is built from InstantSearch's standard widgets, talking to Weerbaar's search API through the Meilisearch adapter. A partner can put the same search on their own site this way.",
  searchLabel: 'Search interventions, good practices and lessons',
  placeholder: 'For example: phishing older people',
  filters: 'Filters',
  results: 'Results',
  noResults: 'Nothing found. Check the spelling or remove a filter.',
  stats: (hits: number) => (hits === 1 ? '1 result' : `${hits} results`),
  showMore: (expanded: boolean) => (expanded ? 'Show less' : 'Show more'),
  pagination: 'Pagination',
  page: (page: number) => `Page ${page}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  firstPage: 'First page',
  lastPage: 'Last page',
  loading: 'Search is loading…',
  classicSearch: 'To the regular search page',
}

export type InstantSearchWords = typeof nl

export const instantSearchWordsFor = (locale: PortalLocale): InstantSearchWords => (locale === 'en' ? en : nl)
