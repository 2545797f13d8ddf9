import type { CollectionConfig } from 'payload'

import { collectionRules } from '../../domain/access'
import { slugField } from '../fields/slug'
import { keepTwoLevels } from './hooks/keepTwoLevels'

/** The regional priorities (themes) and their sub-themes. */
export const Themes: CollectionConfig = {
  slug: 'themes',
  access: collectionRules.themes,
  admin: {
    defaultColumns: ['name', 'parent', 'order'],
    group: { en: 'Taxonomy', nl: 'Indeling' },
    useAsTitle: 'name',
  },
  defaultSort: 'order',
  graphQL: { pluralName: 'Themes', singularName: 'Theme' },
  labels: {
    plural: { en: 'Themes', nl: "Thema's" },
    singular: { en: 'Theme', nl: 'Thema' },
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120, label: { en: 'Name', nl: 'Naam' } },
    slugField('name'),
    { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', nl: 'Omschrijving' } },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'themes',
      index: true,
      filterOptions: { parent: { exists: false } },
      admin: { position: 'sidebar' },
      label: { en: 'Parent theme', nl: 'Hoofdthema' },
    },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' }, label: { en: 'Order', nl: 'Volgorde' } },
  ],
  hooks: { beforeValidate: [keepTwoLevels] },
}
