import type { CollectionConfig } from 'payload'

import { knowledgeAccess } from '../../src/access'
import { workflowEndpoints } from '../../src/editorial'
import { section } from '../fields/localizedText'
import { ownerOrganisationField } from '../fields/ownerOrganisation'
import { visibilityField } from '../fields/visibility'
import { workflowFields } from '../fields/workflow'
import { assignOwnerOrganisation, knowledgeHooks } from '../hooks'
import { knowledgeVersions } from '../versions'
import { defaultMunicipality } from './hooks/defaultMunicipality'
import { nameExperience } from './hooks/nameExperience'

/** A municipality's experience with an intervention; aggregated on the intervention card. */
export const Experiences: CollectionConfig = {
  slug: 'experiences',
  access: knowledgeAccess,
  endpoints: workflowEndpoints('experiences'),
  admin: {
    defaultColumns: ['title', 'rating', 'wouldRecommend', '_status', 'updatedAt'],
    group: { en: 'Knowledge', nl: 'Kennis' },
    useAsTitle: 'title',
  },
  graphQL: { pluralName: 'Experiences', singularName: 'Experience' },
  labels: {
    plural: { en: 'Experiences', nl: 'Ervaringen' },
    singular: { en: 'Experience', nl: 'Ervaring' },
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      admin: { readOnly: true },
      label: { en: 'Title', nl: 'Titel' },
    },
    {
      name: 'intervention',
      type: 'relationship',
      relationTo: 'interventions',
      required: true,
      index: true,
      label: { en: 'Intervention', nl: 'Interventie' },
    },
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'organisations',
      required: true,
      filterOptions: { type: { equals: 'municipality' } },
      label: { en: 'Municipality', nl: 'Gemeente' },
    },
    {
      name: 'period',
      type: 'group',
      label: { en: 'Period', nl: 'Periode' },
      fields: [
        { name: 'from', type: 'date', required: true, admin: { date: { pickerAppearance: 'monthOnly' } }, label: { en: 'From', nl: 'Van' } },
        { name: 'to', type: 'date', admin: { date: { pickerAppearance: 'monthOnly' } }, label: { en: 'To', nl: 'Tot' } },
      ],
    },
    {
      name: 'reach',
      type: 'number',
      min: 0,
      admin: { description: 'Aantal bereikte personen. / Number of people reached.' },
      label: { en: 'Reach', nl: 'Bereik' },
    },
    section('result', { en: 'Result', nl: 'Resultaat' }, { required: true }),
    {
      name: 'rating',
      type: 'number',
      required: true,
      min: 1,
      max: 5,
      label: { en: 'Rating (1-5)', nl: 'Waardering (1-5)' },
    },
    {
      name: 'wouldRecommend',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Would recommend', nl: 'Zou het aanraden' },
    },
    visibilityField(),
    ownerOrganisationField(),
    ...workflowFields(),
  ],
  hooks: {
    ...knowledgeHooks,
    // Experiences are records of what happened, not knowledge to keep current: no review-by date.
    beforeValidate: [assignOwnerOrganisation, defaultMunicipality],
    beforeChange: [...knowledgeHooks.beforeChange, nameExperience],
  },
  versions: knowledgeVersions,
}
