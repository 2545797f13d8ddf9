import { knowledgeCollections } from '../../domain/knowledge'

/**
 * The portal's two languages: Dutch at the root, English under /en. Content comes in the chosen
 * locale with Dutch as fallback; the words of the pages themselves are here.
 */
export const portalLocales = ['nl', 'en'] as const
export type PortalLocale = (typeof portalLocales)[number]

export const isPortalLocale = (value: unknown): value is PortalLocale => portalLocales.includes(value as PortalLocale)

export { hrefIn } from '../portalAddresses'

/** The language of an address as typed: English under /en, Dutch everywhere else. */
export const localeOfAddress = (address: string): PortalLocale => (/^\/en(?=\/|\?|$)/.test(address) ? 'en' : 'nl')

/** The Dutch path of an address in either language. */
export const dutchPathOf = (address: string): string => {
  if (localeOfAddress(address) === 'nl') return address
  const rest = address.slice(3)
  return rest.startsWith('/') ? rest : `/${rest}`
}

/** What one item of each knowledge collection is called, in one language. */
const collectionNamesIn = (locale: PortalLocale): Record<string, string> =>
  Object.fromEntries(knowledgeCollections.map((entry) => [entry.slug, entry.labels.singular[locale]]))

const nl = {
  adminPanel: 'Beheeromgeving',
  collectionNames: collectionNamesIn('nl'),
  emptyList: 'Hier is nog niets te zien.',
  footer: 'Regionaal veiligheidspartnerschap eenheid Den Haag · City Deal Lokale Cyberweerbaarheid',
  home: 'Home',
  homeIntro:
    'Interventies, goede praktijken en lessen van de 27 gemeenten, de politie, het Openbaar Ministerie en de partners van de City Deal Lokale Cyberweerbaarheid.',
  mainNavigation: 'Hoofdmenu',
  matrix: 'Interventiematrix',
  notFound: 'Deze pagina bestaat niet',
  notFoundHelp:
    'Misschien is het adres verkeerd overgenomen, of is de pagina verplaatst of alleen zichtbaar voor partners. Zoek wat u nodig hebt, of ga naar de startpagina.',
  signOut: 'Uitloggen',
  signedInAs: 'Ingelogd als',
  sinceLastVisit: (date: string) => `Nieuw sinds uw vorige bezoek (${date})`,
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
  adminPanel: 'Admin panel',
  collectionNames: collectionNamesIn('en'),
  emptyList: 'Nothing to show here yet.',
  footer: 'Regional safety partnership of The Hague police unit · City Deal Local Cyberresilience',
  home: 'Home',
  homeIntro:
    'Interventions, good practices and lessons of the 27 municipalities, the police, the Public Prosecution Service and the partners of the City Deal Local Cyberresilience.',
  mainNavigation: 'Main menu',
  matrix: 'Interventions matrix',
  notFound: 'This page does not exist',
  notFoundHelp:
    'The address may have been copied wrongly, or the page has moved or is visible to partners only. Search for what you need, or go to the home page.',
  signOut: 'Sign out',
  signedInAs: 'Signed in as',
  sinceLastVisit: (date: string) => `New since your last visit (${date})`,
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
  noResultsTips: [
    'Controleer de spelling of gebruik minder of andere woorden.',
    'Wis een of meer filters.',
    'Zoek op een thema of doelgroep in plaats van een precieze titel.',
  ],
  pagination: 'Paginering',
  previous: 'Vorige',
  removeFilter: 'Filter verwijderen',
  results: (count: number) => (count === 1 ? '1 resultaat' : `${count} resultaten`),
  sort: 'Sorteren',
  sortNewest: 'Nieuwste eerst',
  sortRelevance: 'Best passend',
  unavailable: 'Zoeken is even niet beschikbaar. Probeer het over een paar minuten opnieuw.',
  download: 'Download deze resultaten',
  downloadAs: (format: string) => `als ${format}`,
}

const searchWordsEn: typeof searchWordsNl = {
  activeFilters: 'Active filters',
  applyFilters: 'Apply filters',
  clearFilters: 'Clear all filters',
  filters: 'Filters',
  next: 'Next',
  noResults: 'Nothing found.',
  noResultsTips: [
    'Check the spelling, or use fewer or other words.',
    'Remove one or more filters.',
    'Search for a theme or target group instead of an exact title.',
  ],
  pagination: 'Pagination',
  previous: 'Previous',
  removeFilter: 'Remove filter',
  results: (count: number) => (count === 1 ? '1 result' : `${count} results`),
  sort: 'Sort',
  sortNewest: 'Newest first',
  sortRelevance: 'Best match',
  unavailable: 'Search is unavailable for a moment. Please try again in a few minutes.',
  download: 'Download these results',
  downloadAs: (format: string) => `as ${format}`,
}

export const searchWordsFor = (locale: PortalLocale) => (locale === 'en' ? searchWordsEn : searchWordsNl)

const itemWordsNl = {
  attachments: 'Bijlagen',
  contact: 'Contactpersoon',
  experiences: 'Ervaringen van gemeenten',
  experiencesNone: 'Nog geen gemeente heeft een ervaring gedeeld.',
  experiencesSummary: (municipalities: number, reports: number, rating: string, recommend: number) =>
    `${municipalities} ${municipalities === 1 ? 'gemeente deelde haar' : 'gemeenten deelden hun'} ervaring${reports > municipalities ? ` (${reports} verslagen)` : ''} · gemiddeld ${rating} van 5 · ${recommend}% raadt het aan`,
  experiencesVersusUse:
    '"In gebruik bij" hierboven noemt de gemeenten die de eigenaar van de kaart kent; hier staan de gemeenten die zelf een ervaring deelden.',
  experienceFrom: 'Gestart',
  experienceRating: (rating: string) => `${rating} van 5`,
  experienceRecommends: 'Raadt het aan',
  owner: 'Eigenaar',
  related: 'Gerelateerd',
  updated: 'Bijgewerkt',
}

const itemWordsEn: typeof itemWordsNl = {
  attachments: 'Attachments',
  contact: 'Contact person',
  experiences: 'Experiences of municipalities',
  experiencesNone: 'No municipality has shared an experience yet.',
  experiencesSummary: (municipalities: number, reports: number, rating: string, recommend: number) =>
    `${municipalities} ${municipalities === 1 ? 'municipality shared its' : 'municipalities shared their'} experience${reports > municipalities ? ` (${reports} reports)` : ''} · average ${rating} out of 5 · ${recommend}% recommend it`,
  experiencesVersusUse:
    '"In use by" above names the municipalities the card\'s owner knows of; here are the municipalities that shared an experience themselves.',
  experienceFrom: 'Started',
  experienceRating: (rating: string) => `${rating} out of 5`,
  experienceRecommends: 'Recommends it',
  owner: 'Owner',
  related: 'Related',
  updated: 'Updated',
}

export const itemWordsFor = (locale: PortalLocale) => (locale === 'en' ? itemWordsEn : itemWordsNl)

const experienceWordsNl = {
  addExperience: 'Deel de ervaring van uw gemeente',
  from: 'Gestart in (maand)',
  reach: 'Aantal bereikte personen (optioneel)',
  rating: 'Waardering',
  ratingOption: (value: number) => `${value} van 5`,
  recommend: 'Wij raden deze interventie aan',
  result: 'Wat leverde het op?',
  submit: 'Ervaring insturen',
  thanks: 'Dank u. Een curator beoordeelt uw ervaring; daarna is die voor andere gemeenten zichtbaar.',
  problem: 'Controleer de velden hieronder.',
  updateExperience: 'Werk de ervaring van uw gemeente bij',
  updateSubmit: 'Bijgewerkte ervaring insturen',
  updated: 'Dank u. Een curator beoordeelt de bijgewerkte ervaring; tot dan blijft de vorige versie zichtbaar.',
  yourExperience: {
    draft: 'Uw gemeente begon al aan een ervaring met deze interventie; hieronder kunt u die afmaken en insturen.',
    'in-review': 'De ervaring van uw gemeente wacht op beoordeling door een curator. U kunt haar hieronder nog aanpassen.',
    published: 'Uw gemeente deelde haar ervaring al. Wat u hieronder verandert, beoordeelt een curator eerst.',
    'sent-back': 'Een curator stuurde de ervaring van uw gemeente terug met deze opmerking:',
  },
}

const experienceWordsEn: typeof experienceWordsNl = {
  addExperience: "Share your municipality's experience",
  from: 'Started in (month)',
  reach: 'Number of people reached (optional)',
  rating: 'Rating',
  ratingOption: (value: number) => `${value} out of 5`,
  recommend: 'We recommend this intervention',
  result: 'What did it achieve?',
  submit: 'Send experience',
  thanks: 'Thank you. A curator reviews your experience; after that other municipalities can see it.',
  problem: 'Please check the fields below.',
  updateExperience: "Update your municipality's experience",
  updateSubmit: 'Send updated experience',
  updated: 'Thank you. A curator reviews the updated experience; until then the previous version stays visible.',
  yourExperience: {
    draft: 'Your municipality started an experience with this intervention; you can finish and send it below.',
    'in-review': "Your municipality's experience waits for a curator's review. You can still change it below.",
    published: 'Your municipality already shared its experience. A curator reviews what you change below first.',
    'sent-back': "A curator sent your municipality's experience back with this comment:",
  },
}

export const experienceWordsFor = (locale: PortalLocale) => (locale === 'en' ? experienceWordsEn : experienceWordsNl)

const matrixWordsNl = {
  apply: 'Matrix tonen',
  caption: (rows: string, columns: string, total: number) =>
    `Aantal interventiekaarten per ${rows.toLowerCase()} en ${columns.toLowerCase()} (${total} kaarten)`,
  cellLabel: (count: number, row: string, column: string) =>
    `${count} ${count === 1 ? 'interventiekaart' : 'interventiekaarten'}: ${row}, ${column}`,
  cellTitle: (row: string, column: string) => `Interventiekaarten: ${row} · ${column}`,
  columns: 'Kolommen',
  download: 'Download deze matrix als CSV',
  downloadXlsx: 'als Excel-bestand (XLSX)',
  downloadJson: 'of als JSON',
  rows: 'Rijen',
  title: 'Interventiematrix',
}

const matrixWordsEn: typeof matrixWordsNl = {
  apply: 'Show matrix',
  caption: (rows: string, columns: string, total: number) =>
    `Number of intervention cards per ${rows.toLowerCase()} and ${columns.toLowerCase()} (${total} cards)`,
  cellLabel: (count: number, row: string, column: string) => `${count} intervention ${count === 1 ? 'card' : 'cards'}: ${row}, ${column}`,
  cellTitle: (row: string, column: string) => `Intervention cards: ${row} · ${column}`,
  columns: 'Columns',
  download: 'Download this matrix as CSV',
  downloadXlsx: 'as an Excel workbook (XLSX)',
  downloadJson: 'or as JSON',
  rows: 'Rows',
  title: 'Interventions matrix',
}

export const matrixWordsFor = (locale: PortalLocale) => (locale === 'en' ? matrixWordsEn : matrixWordsNl)

const signInWordsNl = {
  email: 'E-mailadres',
  failed: 'Dat e-mailadres en wachtwoord passen niet bij elkaar. Probeer het opnieuw, of kies hieronder "Wachtwoord vergeten?".',
  forgot: 'Wachtwoord vergeten?',
  forgotHint: 'U krijgt een e-mail met een link om een nieuw wachtwoord te kiezen.',
  intro: 'Log in met hetzelfde account als in de beheeromgeving.',
  password: 'Wachtwoord',
  submit: 'Inloggen',
  title: 'Inloggen',
}

const signInWordsEn: typeof signInWordsNl = {
  email: 'E-mail address',
  failed: 'That e-mail address and password do not match. Try again, or choose "Forgot your password?" below.',
  forgot: 'Forgot your password?',
  forgotHint: 'You will get an e-mail with a link to choose a new password.',
  intro: 'Sign in with the same account as in the admin panel.',
  password: 'Password',
  submit: 'Sign in',
  title: 'Sign in',
}

export const signInWordsFor = (locale: PortalLocale) => (locale === 'en' ? signInWordsEn : signInWordsNl)
