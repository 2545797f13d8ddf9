import type { CollectionConfig } from 'payload'

import { collectionRules } from '../../domain/access'
import { districtOptions, organisationTypeOptions } from '../../domain/vocabulary'
import { slugField } from '../fields/slug'
import { linkField } from '../fields/url'

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  access: collectionRules.organisations,
  admin: {
    defaultColumns: ['name', 'type', 'district', 'cityDealPartner'],
    group: { en: 'Taxonomy', nl: 'Indeling' },
    useAsTitle: 'name',
  },
  defaultSort: 'name',
  graphQL: { pluralName: 'Organisations', singularName: 'Organisation' },
  labels: {
    plural: { en: 'Organisations', nl: 'Organisaties' },
    singular: { en: 'Organisation', nl: 'Organisatie' },
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 160, label: { en: 'Name', nl: 'Naam' } },
    slugField('name'),
    {
      name: 'type',
      type: 'select',
      required: true,
      index: true,
      options: organisationTypeOptions,
      label: { en: 'Type', nl: 'Soort' },
    },
    {
      name: 'district',
      type: 'select',
      options: districtOptions,
      admin: { condition: (data) => data?.type === 'municipality' },
      label: { en: 'District', nl: 'District' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.type === 'municipality' && !value ? 'A municipality needs its police district: haaglanden or hollands-midden.' : true,
    },
    {
      name: 'cityDealPartner',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'City Deal partner', nl: 'City Deal-partner' },
    },
    linkField({ name: 'website', label: { en: 'Website', nl: 'Website' } }),
    { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', nl: 'Omschrijving' } },
  ],
}
