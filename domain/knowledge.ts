import type { LocalizedText } from './vocabulary/options'

/**
 * The knowledge collections, listed once. Search, the matrix, the portal, import, export, the
 * editorial workflow, the privacy guard and relation hiding all derive their lists from here;
 * adding a knowledge collection is one entry plus its collection config.
 */
export type KnowledgeCollection = {
  slug: string
  labels: { singular: LocalizedText; plural: LocalizedText }
  /** Portal section of its item pages (Dutch path): `/interventies` gives `/interventies/<slug>`. */
  portalPath?: string
  /** Has the shared field group (title, slug, summary, themes, ...) and can be a related item. */
  sharedFields: boolean
  /** Indexed for search, with the text sections that count besides title, summary and body. */
  search?: { textFields: readonly string[] }
  /** Can be filled from a spreadsheet. */
  importable: boolean
  /** Members' changes go through review before a curator publishes them. */
  reviewed: boolean
  /** Carries a review-by date; curators are reminded of it afterwards. */
  dated: boolean
  /** Can be made public; workshop cases never are. */
  allowPublic: boolean
  /**
   * Checked for personal data when submitted and published: every text field (`all`, except the
   * listed fields, whose details are meant to be there), or only fields marked `privacyGuard`.
   */
  privacy: { all: true; except: readonly string[] } | { all: false }
}

export const knowledgeCollections = [
  {
    allowPublic: true,
    dated: true,
    importable: true,
    labels: {
      plural: { en: 'Intervention cards', nl: 'Interventiekaarten' },
      singular: { en: 'Intervention card', nl: 'Interventiekaart' },
    },
    portalPath: '/interventies',
    privacy: { all: false },
    reviewed: true,
    search: { textFields: ['goal', 'emmie.effect', 'emmie.mechanism', 'emmie.moderators', 'emmie.implementation', 'emmie.cost'] },
    sharedFields: true,
    slug: 'interventions',
  },
  {
    allowPublic: true,
    dated: true,
    importable: true,
    labels: { plural: { en: 'Good practices', nl: 'Goede praktijken' }, singular: { en: 'Good practice', nl: 'Goede praktijk' } },
    portalPath: '/goede-praktijken',
    privacy: { all: false },
    reviewed: true,
    search: { textFields: ['problem', 'approach', 'implementation', 'results', 'resourcesNeeded', 'difficulties', 'transferability'] },
    sharedFields: true,
    slug: 'good-practices',
  },
  {
    allowPublic: true,
    dated: true,
    importable: true,
    labels: { plural: { en: 'Lessons learned', nl: 'Geleerde lessen' }, singular: { en: 'Lesson learned', nl: 'Geleerde les' } },
    portalPath: '/lessen',
    // What happened in a project can name the people involved: its story fields opt in.
    privacy: { all: false },
    reviewed: true,
    search: {
      textFields: ['project', 'context', 'observation', 'lesson', 'recommendation', 'evidence', 'facilitatingFactors', 'hinderingFactors'],
    },
    sharedFields: true,
    slug: 'lessons-learned',
  },
  {
    allowPublic: false,
    dated: true,
    importable: false,
    labels: {
      plural: { en: 'Workshop cases', nl: 'Casussen kenniswerkplaats' },
      singular: { en: 'Workshop case', nl: 'Casus kenniswerkplaats' },
    },
    portalPath: '/casussen',
    // The contact person's details are meant to be there; the review comment is the curator's.
    privacy: { all: true, except: ['contact', 'reviewComment'] },
    reviewed: true,
    search: { textFields: ['vignette', 'bottleneck', 'whatWorked', 'learningQuestion'] },
    sharedFields: true,
    slug: 'knowledge-cases',
  },
  {
    allowPublic: true,
    dated: false,
    importable: false,
    labels: { plural: { en: 'Experiences', nl: 'Ervaringen' }, singular: { en: 'Experience', nl: 'Ervaring' } },
    privacy: { all: false },
    reviewed: true,
    sharedFields: false,
    slug: 'experiences',
  },
] as const satisfies readonly KnowledgeCollection[]

export type KnowledgeSlug = (typeof knowledgeCollections)[number]['slug']

type Entry = (typeof knowledgeCollections)[number]
type Having<Key extends keyof KnowledgeCollection, Value> = Extract<Entry, Record<Key, Value>>

/** Knowledge collections with the shared field group: the ones an item can be related to. */
export type ItemSlug = Having<'sharedFields', true>['slug']
export type PortalSlug = Extract<Entry, { portalPath: string }>['slug']
export type SearchableSlug = Extract<Entry, { search: object }>['slug']
export type ImportableSlug = Having<'importable', true>['slug']

const slugsWhere = <Slug extends KnowledgeSlug>(keep: (entry: KnowledgeCollection) => boolean) =>
  knowledgeCollections.filter((entry) => keep(entry)).map((entry) => entry.slug as Slug)

export const knowledgeSlugs: readonly KnowledgeSlug[] = knowledgeCollections.map((entry) => entry.slug)

/** Alphabetical, as stored: relation fields keep their targets in this order. */
export const itemSlugs: readonly ItemSlug[] = slugsWhere<ItemSlug>((entry) => entry.sharedFields).sort()
export const portalSlugs: readonly PortalSlug[] = slugsWhere<PortalSlug>((entry) => entry.portalPath !== undefined)
export const searchableSlugs: readonly SearchableSlug[] = slugsWhere<SearchableSlug>((entry) => entry.search !== undefined)
export const importableSlugs: readonly ImportableSlug[] = slugsWhere<ImportableSlug>((entry) => entry.importable)
export const reviewedSlugs: readonly KnowledgeSlug[] = slugsWhere((entry) => entry.reviewed)
export const datedSlugs: readonly KnowledgeSlug[] = slugsWhere((entry) => entry.dated)

export const isKnowledgeSlug = (value: unknown): value is KnowledgeSlug => knowledgeSlugs.includes(value as KnowledgeSlug)
export const isImportableSlug = (value: unknown): value is ImportableSlug => importableSlugs.includes(value as ImportableSlug)

export function knowledgeCollection<Slug extends KnowledgeSlug>(slug: Slug): Extract<Entry, { slug: Slug }> {
  return knowledgeCollections.find((entry) => entry.slug === slug) as Extract<Entry, { slug: Slug }>
}

/** The collection whose portal pages live under this path's first segment (`goede-praktijken`). */
export const portalSlugOfSection = (section: string): PortalSlug | undefined =>
  knowledgeCollections.find((entry) => 'portalPath' in entry && entry.portalPath === `/${section}`)?.slug as PortalSlug | undefined
