import type { CollectionConfig } from 'payload'

import { collectionRules, commentAuthorField, commentAuthorOrCuratorField, curatorField, systemField } from '../../domain/access'
import { commentableSlugs, commentStateOptions } from '../../domain/conversation'
import { mentionFields } from '../fields/mentions'
import { messageBodyField } from '../fields/messageBody'
import { bodyFromPlainText, hideUnreadableRelations } from '../hooks'
import { authorIsCaller } from './hooks/authorIsCaller'
import { countAnswers } from './hooks/countAnswers'
import { forgetDeletedText } from './hooks/forgetDeletedText'
import { hideRemovedText } from './hooks/hideRemovedText'
import { moderationMoves } from './hooks/moderationMoves'
import { onReadableItem } from './hooks/onReadableItem'
import { settleReports } from './hooks/settleReports'

const keptBySystem = { create: systemField, update: systemField }

/**
 * A comment on a knowledge item or a question (where comments are the answers). Threads are one
 * level deep: a reply to a reply joins its thread. Readable exactly by those who may read the
 * item (`readComments`, through the item's grants); anonymous visitors see none.
 */
export const Comments: CollectionConfig = {
  slug: 'comments',
  access: collectionRules.comments,
  admin: {
    defaultColumns: ['authorName', 'item', 'state', 'createdAt'],
    group: { en: 'Conversation', nl: 'Gesprekken' },
    useAsTitle: 'authorName',
  },
  defaultSort: 'createdAt',
  graphQL: { pluralName: 'Comments', singularName: 'Comment' },
  labels: { plural: { en: 'Comments', nl: 'Reacties' }, singular: { en: 'Comment', nl: 'Reactie' } },
  fields: [
    {
      name: 'item',
      type: 'relationship',
      relationTo: [...commentableSlugs],
      required: true,
      access: { update: systemField },
      label: { en: 'On', nl: 'Bij' },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'comments',
      index: true,
      access: { update: systemField },
      admin: { description: { en: 'The comment this replies to.', nl: 'De reactie waarop dit antwoordt.' } },
      label: { en: 'Reply to', nl: 'Antwoord op' },
    },
    messageBodyField({ access: { update: commentAuthorField }, label: { en: 'Comment', nl: 'Reactie' } }),
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: keptBySystem,
      admin: { readOnly: true },
      label: { en: 'Author', nl: 'Schrijver' },
    },
    {
      name: 'authorName',
      type: 'text',
      access: keptBySystem,
      admin: {
        description: { en: 'As colleagues know them: name (organisation).', nl: 'Zoals collega’s hen kennen: naam (organisatie).' },
        readOnly: true,
      },
      label: { en: 'Written by', nl: 'Geschreven door' },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      index: true,
      access: keptBySystem,
      admin: { readOnly: true },
      label: { en: 'On behalf of', nl: 'Namens' },
    },
    ...mentionFields({ readUnreached: commentAuthorOrCuratorField, where: 'comment' }),
    { name: 'editedAt', type: 'date', access: keptBySystem, admin: { readOnly: true }, label: { en: 'Edited', nl: 'Bewerkt' } },
    {
      name: 'state',
      type: 'select',
      defaultValue: 'visible',
      index: true,
      options: commentStateOptions,
      // The author deletes (`deleted`), curators hide and restore (`moderationMoves` checks who may make which change).
      access: { create: systemField },
      admin: { position: 'sidebar' },
      label: { en: 'State', nl: 'Status' },
    },
    {
      name: 'moderationReason',
      type: 'textarea',
      maxLength: 1000,
      access: { create: systemField, read: commentAuthorOrCuratorField, update: curatorField },
      admin: {
        description: {
          en: 'Why the comment is hidden: its author and those who reported it are told.',
          nl: 'Waarom de reactie verborgen is: de schrijver en wie haar meldde krijgen dit te horen.',
        },
        position: 'sidebar',
      },
      label: { en: 'Reason for hiding', nl: 'Reden van verbergen' },
    },
    {
      name: 'moderatedBy',
      type: 'relationship',
      relationTo: 'users',
      access: keptBySystem,
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'moderatedAt', type: 'date', access: keptBySystem, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'convertedTo',
      type: 'relationship',
      relationTo: ['experiences', 'good-practices'],
      access: keptBySystem,
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Turned into', nl: 'Omgezet in' },
    },
    // The thread it belongs to (`interventions:12`) and who may read it (the item's grants): kept by the system.
    { name: 'threadKey', type: 'text', index: true, access: keptBySystem, admin: { hidden: true } },
    { name: 'grants', type: 'text', hasMany: true, index: true, access: keptBySystem, admin: { hidden: true } },
  ],
  hooks: {
    beforeValidate: [bodyFromPlainText, authorIsCaller],
    beforeChange: [onReadableItem, moderationMoves],
    afterChange: [forgetDeletedText, countAnswers, settleReports],
    afterRead: [hideRemovedText, hideUnreadableRelations],
  },
  // What an author changed within the edit window, and what a curator hid: curators can look back.
  versions: { maxPerDoc: 25 },
}
