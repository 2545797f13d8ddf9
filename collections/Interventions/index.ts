import type { CollectionConfig } from 'payload'

import { collectionRules } from '../../domain/access'
import { knowledgeCollection } from '../../domain/knowledge'
import { crimeTypeOptions, evidenceLevelOptions, interventionRoleOptions, preventionLevelOptions } from '../../domain/vocabulary'
import { knowledgeFields } from '../fields/knowledge'
import { section } from '../fields/localizedText'
import { linkField } from '../fields/url'
import { knowledgeHooks } from '../hooks'
import { knowledgeVersions } from '../versions'

const registered = knowledgeCollection('interventions')
const { lead, tail } = knowledgeFields(registered)

/** The intervention card of the interventions matrix. */
export const Interventions: CollectionConfig = {
  slug: registered.slug,
  access: collectionRules.interventions,
  admin: {
    defaultColumns: ['title', 'evidenceLevel', 'ownerOrganisation', 'workflowStatus', 'updatedAt'],
    group: { en: 'Knowledge', nl: 'Kennis' },
    useAsTitle: 'title',
  },
  graphQL: { pluralName: 'Interventions', singularName: 'Intervention' },
  labels: registered.labels,
  fields: [
    ...lead,
    section('goal', { en: 'Goal', nl: 'Doel' }, { required: true }),
    {
      name: 'role',
      type: 'select',
      hasMany: true,
      required: true,
      options: interventionRoleOptions,
      label: { en: 'Aimed at (role)', nl: 'Gericht op (rol)' },
    },
    {
      name: 'preventionLevel',
      type: 'select',
      hasMany: true,
      required: true,
      options: preventionLevelOptions,
      label: { en: 'Prevention level', nl: 'Preventieniveau' },
    },
    {
      name: 'crimeTypes',
      type: 'select',
      hasMany: true,
      options: crimeTypeOptions,
      label: { en: 'Crime types', nl: 'Delictsoorten' },
    },
    {
      name: 'evidenceLevel',
      type: 'select',
      required: true,
      defaultValue: 'not-assessed',
      index: true,
      options: evidenceLevelOptions,
      label: { en: 'Evidence level', nl: 'Erkenningsniveau' },
    },
    {
      name: 'emmie',
      type: 'group',
      label: { en: 'EMMIE', nl: 'EMMIE' },
      fields: [
        section('effect', { en: 'Effect', nl: 'Effect' }),
        section('mechanism', { en: 'Mechanism', nl: 'Mechanisme' }),
        section('moderators', { en: 'Moderators (context)', nl: 'Moderatoren (context)' }),
        section('implementation', { en: 'Implementation', nl: 'Implementatie' }),
        section('cost', { en: 'Economic cost', nl: 'Kosten' }),
      ],
    },
    {
      name: 'materials',
      type: 'array',
      label: { en: 'Materials', nl: 'Materialen' },
      labels: { plural: { en: 'Materials', nl: 'Materialen' }, singular: { en: 'Material', nl: 'Materiaal' } },
      fields: [
        { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', nl: 'Titel' } },
        linkField({ name: 'url' }),
        { name: 'file', type: 'upload', relationTo: 'media', label: { en: 'File', nl: 'Bestand' } },
      ],
    },
    {
      name: 'inUseBy',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: { en: 'In use by', nl: 'In gebruik bij' },
    },
    ...tail,
  ],
  hooks: knowledgeHooks,
  versions: knowledgeVersions,
}
