import type { CollectionConfig } from 'payload'

import type { PrivacyGuardOptions } from './types'

/** Names of people the privacy check looks for, kept by curators (e.g. people known from cases). */
export const personNamesCollection = (slug: string, access: PrivacyGuardOptions['namesAccess']): CollectionConfig => ({
  slug,
  access,
  admin: {
    description: {
      en: 'Names of people the privacy check looks for in workshop cases before they are submitted or published.',
      nl: 'Namen van personen waarop de privacycontrole casussen controleert voordat ze worden ingediend of gepubliceerd.',
    },
    group: { en: 'Administration', nl: 'Beheer' },
    useAsTitle: 'name',
  },
  graphQL: { pluralName: 'PrivacyNames', singularName: 'PrivacyName' },
  labels: {
    plural: { en: 'Names to check for', nl: 'Te controleren namen' },
    singular: { en: 'Name to check for', nl: 'Te controleren naam' },
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 200, label: { en: 'Name', nl: 'Naam' } },
    { name: 'note', type: 'textarea', maxLength: 1000, label: { en: 'Note', nl: 'Toelichting' } },
  ],
})
