import type { CollectionConfig } from 'payload'

import { collectionRules } from '../../domain/access'
import { knowledgeCollection } from '../../domain/knowledge'
import { scalabilityOptions } from '../../domain/vocabulary'
import { knowledgeFields } from '../fields/knowledge'
import { section } from '../fields/localizedText'
import { knowledgeHooks } from '../hooks'
import { knowledgeVersions } from '../versions'

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
    { name: 'project', type: 'text', required: true, localized: true, label: { en: 'Project', nl: 'Project' } },
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
  hooks: knowledgeHooks,
  versions: knowledgeVersions,
}
