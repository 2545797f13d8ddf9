import type { CollectionConfig } from 'payload'

import { collectionRules, curatorField, systemField } from '../../domain/access'
import { questionStatusOptions } from '../../domain/conversation'
import { itemSlugs } from '../../domain/knowledge'
import { mentionFields } from '../fields/mentions'
import { messageBodyField } from '../fields/messageBody'
import { ownerOrganisationField } from '../fields/ownerOrganisation'
import { audienceFields } from '../fields/visibility'
import {
  assignOwnerOrganisation,
  bodyFromPlainText,
  deleteThreadAfterDelete,
  hideUnreadableRelations,
  onlyOwnGroups,
  syncThreadGrantsAfterChange,
} from '../hooks'
import { acceptOnlyAnswers } from './hooks/acceptOnlyAnswers'
import { aboutReadableItem } from './hooks/aboutReadableItem'
import { askerIsCaller } from './hooks/askerIsCaller'

const keptBySystem = { create: systemField, update: systemField }

/**
 * A question a member puts to the region ("has anyone dealt with ...?"), on themes, to the
 * municipalities or organisations it concerns. Answers are comments on it; the asker or a
 * curator accepts one. Shared with partners unless the asker keeps it in their organisation.
 */
export const Questions: CollectionConfig = {
  slug: 'questions',
  access: collectionRules.questions,
  admin: {
    defaultColumns: ['title', 'status', 'answerCount', 'ownerOrganisation', 'createdAt'],
    group: { en: 'Conversation', nl: 'Gesprekken' },
    useAsTitle: 'title',
  },
  defaultSort: '-createdAt',
  graphQL: { pluralName: 'Questions', singularName: 'Question' },
  labels: { plural: { en: 'Questions to the region', nl: 'Vragen aan de regio' }, singular: { en: 'Question', nl: 'Vraag' } },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { en: 'Question', nl: 'Vraag' } },
    messageBodyField({ label: { en: 'Explanation', nl: 'Toelichting' } }),
    {
      name: 'about',
      type: 'relationship',
      relationTo: [...itemSlugs],
      index: true,
      access: { update: curatorField },
      admin: {
        description: {
          en: 'The card, practice, lesson or case the question is about: it is shown there.',
          nl: 'De kaart, praktijk, les of casus waarover de vraag gaat: daar wordt hij getoond.',
        },
      },
      label: { en: 'About', nl: 'Over' },
    },
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      index: true,
      label: { en: 'Themes', nl: "Thema's" },
    },
    {
      name: 'concerns',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      index: true,
      admin: {
        description: {
          en: 'The municipalities or organisations you ask in particular: their members are told.',
          nl: 'De gemeenten of organisaties die u in het bijzonder vraagt: hun leden krijgen een melding.',
        },
      },
      label: { en: 'Asked of', nl: 'Gericht aan' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'open',
      index: true,
      options: questionStatusOptions,
      // `answered` follows from accepting an answer (`acceptOnlyAnswers`); the asker may close the question.
      access: { create: systemField },
      admin: { position: 'sidebar' },
      label: { en: 'Status', nl: 'Status' },
    },
    {
      name: 'acceptedAnswer',
      type: 'relationship',
      relationTo: 'comments',
      access: { create: systemField },
      admin: { position: 'sidebar' },
      label: { en: 'Accepted answer', nl: 'Geaccepteerd antwoord' },
    },
    { name: 'acceptedAt', type: 'date', access: keptBySystem, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'askedBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { create: systemField, update: curatorField },
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Asked by', nl: 'Gesteld door' },
    },
    {
      name: 'askerName',
      type: 'text',
      access: keptBySystem,
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Asked by (name)', nl: 'Gesteld door (naam)' },
    },
    {
      name: 'answerCount',
      type: 'number',
      defaultValue: 0,
      index: true,
      access: keptBySystem,
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Answers', nl: 'Antwoorden' },
    },
    {
      name: 'lastActivityAt',
      type: 'date',
      index: true,
      access: keptBySystem,
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Last answer', nl: 'Laatste antwoord' },
    },
    ...mentionFields({ where: 'question' }),
    ...audienceFields(),
    ownerOrganisationField(),
  ],
  hooks: {
    beforeValidate: [bodyFromPlainText, assignOwnerOrganisation, askerIsCaller],
    beforeChange: [onlyOwnGroups, aboutReadableItem, acceptOnlyAnswers],
    afterChange: [syncThreadGrantsAfterChange],
    afterDelete: [deleteThreadAfterDelete],
    afterRead: [hideUnreadableRelations],
  },
}
