import type { CollectionConfig } from 'payload'

import { collectionRules } from '../../domain/access'
import { recommendationStatusOptions } from '../../domain/vocabulary'
import { hideUnreadableRelations } from '../hooks'
import { sessionOfOwnGroup } from './hooks/sessionOfOwnGroup'

/**
 * A meeting of the knowledge workshop (or another group): who took part, which cases were
 * discussed, the minutes, and what it recommends, each recommendation with an owner organisation,
 * a due date and its follow-up. The group keeps it; owners of a recommendation read it too.
 */
export const WorkshopSessions: CollectionConfig = {
  slug: 'workshop-sessions',
  access: collectionRules['workshop-sessions'],
  admin: {
    defaultColumns: ['title', 'date', 'group', 'updatedAt'],
    group: { en: 'Collaboration', nl: 'Samenwerking' },
    useAsTitle: 'title',
  },
  defaultSort: '-date',
  graphQL: { pluralName: 'WorkshopSessions', singularName: 'WorkshopSession' },
  labels: {
    plural: { en: 'Workshop sessions', nl: 'Bijeenkomsten kenniswerkplaats' },
    singular: { en: 'Workshop session', nl: 'Bijeenkomst kenniswerkplaats' },
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { en: 'Title', nl: 'Titel' } },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { displayFormat: 'd MMMM yyyy', pickerAppearance: 'dayOnly' } },
          label: { en: 'Date', nl: 'Datum' },
        },
        { name: 'group', type: 'relationship', relationTo: 'groups', required: true, index: true, label: { en: 'Group', nl: 'Groep' } },
      ],
    },
    { name: 'agenda', type: 'textarea', maxLength: 4000, label: { en: 'Agenda', nl: 'Agenda' } },
    {
      name: 'participants',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: { en: 'Participating organisations', nl: 'Deelnemende organisaties' },
    },
    {
      name: 'cases',
      type: 'relationship',
      relationTo: 'knowledge-cases',
      hasMany: true,
      label: { en: 'Cases discussed', nl: 'Besproken casussen' },
    },
    {
      // What was said about real cases can name people: the privacy guard checks every save of a session.
      name: 'minutes',
      type: 'textarea',
      maxLength: 20000,
      admin: {
        description: {
          en: 'De-identified: no names, dates of birth, addresses or case numbers. Checked on every save.',
          nl: 'Geanonimiseerd: geen namen, geboortedata, adressen of zaaknummers. Wordt bij elke opslag gecontroleerd.',
        },
      },
      label: { en: 'Minutes', nl: 'Verslag' },
    },
    {
      name: 'recommendations',
      type: 'array',
      label: { en: 'Recommendations', nl: 'Aanbevelingen' },
      labels: { plural: { en: 'Recommendations', nl: 'Aanbevelingen' }, singular: { en: 'Recommendation', nl: 'Aanbeveling' } },
      fields: [
        {
          name: 'text',
          type: 'textarea',
          required: true,
          maxLength: 2000,
          label: { en: 'Recommendation', nl: 'Aanbeveling' },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'ownerOrganisation',
              type: 'relationship',
              relationTo: 'organisations',
              required: true,
              index: true,
              label: { en: 'Owner', nl: 'Eigenaar' },
            },
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
        { name: 'case', type: 'relationship', relationTo: 'knowledge-cases', label: { en: 'About case', nl: 'Over casus' } },
        { name: 'followUp', type: 'textarea', maxLength: 2000, label: { en: 'Follow-up', nl: 'Stand van de opvolging' } },
      ],
    },
  ],
  hooks: {
    beforeChange: [sessionOfOwnGroup],
    afterRead: [hideUnreadableRelations],
  },
}
