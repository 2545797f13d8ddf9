import type { CollectionConfig } from 'payload'

import { curators } from '../../src/access'
import { reloadSynonyms } from './synonyms'

/** Words and phrases that mean the same to a searcher; curators keep the list. */
export const SearchSynonyms: CollectionConfig = {
  slug: 'search-synonyms',
  access: { create: curators, delete: curators, read: curators, update: curators },
  admin: {
    description: 'Elke zin in een groep vindt ook de andere. / Every phrase of a group also finds the others.',
    group: { en: 'Search', nl: 'Zoeken' },
    useAsTitle: 'label',
  },
  graphQL: { pluralName: 'SearchSynonyms', singularName: 'SearchSynonymGroup' },
  labels: {
    plural: { en: 'Synonyms', nl: 'Synoniemen' },
    singular: { en: 'Synonym group', nl: 'Synoniemengroep' },
  },
  fields: [
    { name: 'label', type: 'text', admin: { readOnly: true }, label: { en: 'Group', nl: 'Groep' } },
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
}
