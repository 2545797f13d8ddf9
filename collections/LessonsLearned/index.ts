import type { CollectionConfig } from 'payload'

import { collectionRules } from '../../domain/access'
import { knowledgeCollection } from '../../domain/knowledge'
import { scalabilityOptions } from '../../domain/vocabulary'
import { knowledgeFields } from '../fields/knowledge'
import { section } from '../fields/localizedText'
import { knowledgeHooks } from '../hooks'
import { knowledgeVersions } from '../versions'
import { projectFromGroup } from './hooks/projectFromGroup'

const registered = knowledgeCollection('lessons-learned')
const { lead, tail } = knowledgeFields(registered)

/** A lesson learned in a City Deal Local Cyberresilience project. */
export const LessonsLearned: CollectionConfig = {
  slug: registered.slug,
  access: collectionRules['lessons-learned'],
  admin: {
    defaultColumns: ['title', 'project', 'round', 'workflowStatus', 'updatedAt'],
    group: { en: 'Knowledge', nl: 'Kennis' },
    useAsTitle: 'title',
  },
  graphQL: { pluralName: 'LessonsLearned', singularName: 'LessonLearned' },
  labels: registered.labels,
  fields: [
    ...lead,
    {
      name: 'cityDealProject',
      type: 'relationship',
      relationTo: 'groups',
      index: true,
      filterOptions: { kind: { equals: 'city-deal-project' } },
      admin: {
        description: {
          en: 'The project the lesson comes from: the lesson appears on its project page.',
          nl: 'Het project waar de les uit komt: de les verschijnt op de projectpagina.',
        },
      },
      label: { en: 'City Deal project', nl: 'City Deal-project' },
    },
    {
      name: 'project',
      type: 'text',
      required: true,
      localized: true,
      admin: {
        description: {
          en: 'Filled from the City Deal project when left empty.',
          nl: 'Wordt uit het City Deal-project ingevuld als u het leeg laat.',
        },
      },
      label: { en: 'Project name', nl: 'Projectnaam' },
    },
    {
      name: 'round',
      type: 'number',
      min: 1,
      max: 20,
      admin: { description: { en: 'City Deal round.', nl: 'City Deal ronde.' } },
      label: { en: 'Round', nl: 'Ronde' },
    },
    // What happened in a project can name the people involved: checked before publishing.
    section('context', { en: 'Driving event and context', nl: 'Aanleiding en context' }, { custom: { privacyGuard: true } }),
    section('observation', { en: 'Observation', nl: 'Observatie' }, { custom: { privacyGuard: true } }),
    section('lesson', { en: 'Lesson', nl: 'Les' }, { required: true }),
    section('recommendation', { en: 'Recommendation', nl: 'Aanbeveling' }),
    section('evidence', { en: 'Evidence that the change worked', nl: 'Bewijs dat de verandering werkte' }),
    section('facilitatingFactors', { en: 'Facilitating factors', nl: 'Bevorderende factoren' }),
    section('hinderingFactors', { en: 'Hindering factors', nl: 'Belemmerende factoren' }),
    {
      name: 'scalability',
      type: 'select',
      options: scalabilityOptions,
      label: { en: 'Scalability', nl: 'Opschaalbaarheid' },
    },
    {
      name: 'appliedBy',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: { en: 'Applied by', nl: 'Toegepast door' },
    },
    ...tail,
  ],
  hooks: { ...knowledgeHooks, beforeValidate: [...knowledgeHooks.beforeValidate, projectFromGroup] },
  versions: knowledgeVersions,
}
