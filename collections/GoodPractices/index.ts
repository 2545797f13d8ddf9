import type { CollectionConfig } from 'payload'

import { collectionRules } from '../../domain/access'
import { knowledgeCollection } from '../../domain/knowledge'
import { practiceLabelOptions } from '../../domain/vocabulary'
import { knowledgeFields } from '../fields/knowledge'
import { fromCommentField } from '../fields/fromComment'
import { section } from '../fields/localizedText'
import { knowledgeHooks } from '../hooks'
import { knowledgeVersions } from '../versions'

const registered = knowledgeCollection('good-practices')
const { lead, tail } = knowledgeFields(registered)

export const GoodPractices: CollectionConfig = {
  slug: registered.slug,
  access: collectionRules['good-practices'],
  admin: {
    defaultColumns: ['title', 'practiceLabel', 'ownerOrganisation', 'workflowStatus', 'updatedAt'],
    group: { en: 'Knowledge', nl: 'Kennis' },
    useAsTitle: 'title',
  },
  graphQL: { pluralName: 'GoodPractices', singularName: 'GoodPractice' },
  labels: registered.labels,
  fields: [
    ...lead,
    {
      name: 'practiceLabel',
      type: 'select',
      required: true,
      defaultValue: 'promising',
      options: practiceLabelOptions,
      label: { en: 'Practice label', nl: 'Label' },
    },
    section('problem', { en: 'Problem and context', nl: 'Probleem en context' }, { required: true }),
    section('approach', { en: 'Approach', nl: 'Aanpak' }, { required: true }),
    section('implementation', { en: 'Implementation', nl: 'Uitvoering' }),
    {
      name: 'partnersInvolved',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: { en: 'Partners involved', nl: 'Betrokken partners' },
    },
    section('results', { en: 'Results', nl: 'Resultaten' }),
    section('resourcesNeeded', { en: 'Resources needed', nl: 'Benodigde middelen' }),
    section('difficulties', { en: 'Difficulties', nl: 'Knelpunten' }),
    section('transferability', { en: 'Transferability', nl: 'Overdraagbaarheid' }),
    ...tail,
    fromCommentField(),
  ],
  hooks: knowledgeHooks,
  versions: knowledgeVersions,
}
