import type { CollectionConfig } from 'payload'

import type { SearchPluginOptions } from './types'

import { reloadSynonyms } from './synonyms'

/** Words and phrases that mean the same to a searcher; who keeps the list comes from the options. */
export const searchSynonymsCollection = ({ synonyms: access, systemOnly }: SearchPluginOptions['access']): CollectionConfig => ({
  slug: 'search-synonyms',
  access,
  admin: {
    description: { en: 'Every phrase of a group also finds the others.', nl: 'Elke zin in een groep vindt ook de andere.' },
    group: { en: 'Search', nl: 'Zoeken' },
    useAsTitle: 'label',
  },
  graphQL: { pluralName: 'SearchSynonyms', singularName: 'SearchSynonymGroup' },
  labels: {
    plural: { en: 'Synonyms', nl: 'Synoniemen' },
    singular: { en: 'Synonym group', nl: 'Synoniemengroep' },
  },
  fields: [
    {
      name: 'label',
      type: 'text',
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true },
      label: { en: 'Group', nl: 'Groep' },
    },
    {
      name: 'phrases',
      type: 'text',
      hasMany: true,
      minRows: 2,
      required: true,
      label: { en: 'Phrases', nl: 'Woorden en zinnen' },
    },
  ],
  hooks: {
    afterChange: [async ({ req }) => reloadSynonyms(req.payload, req)],
    afterDelete: [async ({ req }) => reloadSynonyms(req.payload, req)],
    beforeChange: [({ data }) => ({ ...data, label: (data.phrases ?? []).join(' ~ ') })],
  },
})
