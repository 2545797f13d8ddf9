import type { Field, FieldHook, TextField } from 'payload'

import { slugify, slugPattern } from '../../lib/slugify'

const fillSlugFrom =
  (sourceField: string): FieldHook =>
  ({ data, value }) => {
    if (typeof value === 'string' && value.length > 0) return value
    const source = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

/** A stable, unique, language-independent slug, filled from `sourceField` when left empty. */
export const slugField = (sourceField = 'title', overrides: Partial<TextField> = {}): Field =>
  ({
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    admin: {
      description: { en: 'Leave empty to derive from the title.', nl: 'Leeg laten om uit de titel af te leiden.' },
      position: 'sidebar',
    },
    hooks: { beforeValidate: [fillSlugFrom(sourceField)] },
    label: { en: 'Slug', nl: 'Slug' },
    validate: (value: null | string | undefined) => {
      if (!value) return `Slug is required: give a title or a slug.`
      return slugPattern.test(value) ? true : 'Slug may contain only lowercase letters, digits and single hyphens.'
    },
    ...overrides,
  }) as TextField
