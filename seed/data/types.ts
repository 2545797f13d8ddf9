/** A knowledge item as the seed describes it: references by slug, texts per locale. */
export type ItemSeed = {
  slug: string
  status: 'published' | 'draft'
  visibility: 'public' | 'partners' | 'group' | 'organisation'
  /** Group-only items: the groups (slugs) that read and edit them. */
  groups?: string[]
  /** Lessons learned: their City Deal project (group slug). */
  project?: string
  owner: string
  themes: string[]
  targetGroups?: string[]
  municipalities?: string[]
  reviewBy?: string
  /** Fields that are the same in every language (selects, numbers, relations by slug). */
  fields?: Record<string, unknown>
  /** Organisation relations, by slug, keyed by field name. */
  organisationFields?: Record<string, string[]>
  /** Localized fields; `body` is a list of blocks for `richText`. */
  nl: Record<string, unknown> & { title: string; summary: string; body?: string[] }
  en?: Record<string, unknown> & { title: string; summary: string; body?: string[] }
}
