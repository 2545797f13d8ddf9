import type { CollectionConfig } from 'payload'

import { collectionRules } from '../../domain/access'
import { knowledgeCollection } from '../../domain/knowledge'
import { recommendationStatusOptions } from '../../domain/vocabulary'
import { knowledgeFields } from '../fields/knowledge'
import { section } from '../fields/localizedText'
import { knowledgeHooks } from '../hooks'
import { knowledgeVersions } from '../versions'

const registered = knowledgeCollection('knowledge-cases')
const { lead, tail } = knowledgeFields(registered)

/** A de-identified case from the knowledge workshop (kenniswerkplaats). Never public. */
export const KnowledgeCases: CollectionConfig = {
  slug: registered.slug,
  access: collectionRules['knowledge-cases'],
  admin: {
    defaultColumns: ['title', 'visibility', 'ownerOrganisation', 'workflowStatus', 'updatedAt'],
    group: { en: 'Knowledge', nl: 'Kennis' },
    useAsTitle: 'title',
  },
  graphQL: { pluralName: 'KnowledgeCases', singularName: 'KnowledgeCase' },
  labels: registered.labels,
  fields: [
    ...lead,
    section('vignette', { en: 'Vignette (de-identified)', nl: 'Casusbeschrijving (geanonimiseerd)' }, { required: true }),
    section('bottleneck', { en: 'Bottleneck', nl: 'Knelpunt' }),
    {
      name: 'chainPartners',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: { en: 'Chain partners involved', nl: 'Betrokken ketenpartners' },
    },
    {
      name: 'decisionMoments',
      type: 'array',
      label: { en: 'Critical decision moments', nl: 'Kritieke beslismomenten' },
      labels: { plural: { en: 'Decision moments', nl: 'Beslismomenten' }, singular: { en: 'Decision moment', nl: 'Beslismoment' } },
      fields: [
        { name: 'moment', type: 'text', required: true, localized: true, label: { en: 'Moment', nl: 'Moment' } },
        section('description', { en: 'What happened', nl: 'Wat gebeurde er' }),
      ],
    },
    section('whatWorked', { en: 'What worked', nl: 'Wat werkte' }),
    section('learningQuestion', { en: 'Learning question', nl: 'Leervraag' }),
    {
      name: 'recommendations',
      type: 'array',
      label: { en: 'Recommendations', nl: 'Aanbevelingen' },
      labels: { plural: { en: 'Recommendations', nl: 'Aanbevelingen' }, singular: { en: 'Recommendation', nl: 'Aanbeveling' } },
      fields: [
        section('recommendation', { en: 'Recommendation', nl: 'Aanbeveling' }, { required: true }),
        { name: 'owner', type: 'relationship', relationTo: 'organisations', label: { en: 'Owner', nl: 'Eigenaar' } },
        { name: 'dueDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, label: { en: 'Due', nl: 'Uiterlijk' } },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'open',
          options: recommendationStatusOptions,
          label: { en: 'Follow-up status', nl: 'Opvolging' },
        },
      ],
    },
    ...tail,
  ],
  hooks: knowledgeHooks,
  versions: knowledgeVersions,
}
