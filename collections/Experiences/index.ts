import type { CollectionConfig } from 'payload'

import { collectionRules, systemField } from '../../domain/access'
import { knowledgeCollection } from '../../domain/knowledge'
import { fromCommentField } from '../fields/fromComment'
import { section } from '../fields/localizedText'
import { ownerOrganisationField } from '../fields/ownerOrganisation'
import { editedByFields } from '../fields/editedBy'
import { audienceFields } from '../fields/visibility'
import { assignOwnerOrganisation, knowledgeHooks } from '../hooks'
import { knowledgeVersions } from '../versions'
import { defaultMunicipality } from './hooks/defaultMunicipality'
import { nameExperience } from './hooks/nameExperience'
import { oneExperiencePerMunicipality } from './hooks/oneExperiencePerMunicipality'
import { ownMunicipality } from './hooks/ownMunicipality'

const registered = knowledgeCollection('experiences')

/** A municipality's experience with an intervention; aggregated on the intervention card. */
export const Experiences: CollectionConfig = {
  slug: registered.slug,
  access: collectionRules.experiences,
  admin: {
    defaultColumns: ['title', 'rating', 'wouldRecommend', 'workflowStatus', 'updatedAt'],
    group: { en: 'Knowledge', nl: 'Kennis' },
    useAsTitle: 'title',
  },
  graphQL: { pluralName: 'Experiences', singularName: 'Experience' },
  labels: registered.labels,
  fields: [
    {
      name: 'title',
      type: 'text',
      // Written by `nameExperience` from the municipality and the card.
      access: { create: systemField, update: systemField },
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
        {
          name: 'from',
          type: 'date',
          required: true,
          admin: { date: { displayFormat: 'MMMM yyyy', pickerAppearance: 'monthOnly' } },
          label: { en: 'From', nl: 'Van' },
        },
        {
          name: 'to',
          type: 'date',
          admin: { date: { displayFormat: 'MMMM yyyy', pickerAppearance: 'monthOnly' } },
          label: { en: 'To', nl: 'Tot' },
        },
      ],
    },
    {
      name: 'reach',
      type: 'number',
      min: 0,
      admin: { description: { en: 'Number of people reached.', nl: 'Aantal bereikte personen.' } },
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
    ...audienceFields({ allowPublic: registered.allowPublic }),
    ...editedByFields,
    ownerOrganisationField(),
    fromCommentField(),
  ],
  hooks: {
    ...knowledgeHooks,
    // Experiences are records of what happened, not knowledge to keep current: no review-by date.
    beforeValidate: [assignOwnerOrganisation, defaultMunicipality],
    beforeChange: [...knowledgeHooks.beforeChange, ownMunicipality, oneExperiencePerMunicipality, nameExperience],
  },
  versions: knowledgeVersions,
}
