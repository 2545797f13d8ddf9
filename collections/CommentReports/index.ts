import type { CollectionConfig } from 'payload'

import { collectionRules, curatorField, systemField } from '../../domain/access'
import { reportStateOptions } from '../../domain/conversation'
import { hideUnreadableRelations } from '../hooks'
import { oneOpenReportEach } from './hooks/oneOpenReportEach'
import { reporterIsCaller } from './hooks/reporterIsCaller'

/**
 * A member's report that a comment should not be there (personal data, tone, off topic), with
 * their reason. Curators decide: hide the comment (reporters are told) or keep it.
 */
export const CommentReports: CollectionConfig = {
  slug: 'comment-reports',
  access: collectionRules['comment-reports'],
  admin: {
    defaultColumns: ['comment', 'reason', 'state', 'createdAt'],
    group: { en: 'Conversation', nl: 'Gesprekken' },
    useAsTitle: 'reason',
  },
  defaultSort: '-createdAt',
  graphQL: { pluralName: 'CommentReports', singularName: 'CommentReport' },
  labels: { plural: { en: 'Reported comments', nl: 'Gemelde reacties' }, singular: { en: 'Report', nl: 'Melding van een reactie' } },
  fields: [
    {
      name: 'comment',
      type: 'relationship',
      relationTo: 'comments',
      required: true,
      index: true,
      access: { update: systemField },
      label: { en: 'Comment', nl: 'Reactie' },
    },
    {
      name: 'reason',
      type: 'textarea',
      required: true,
      maxLength: 1000,
      access: { update: systemField },
      label: { en: 'Why it should not be there', nl: 'Waarom het er niet hoort' },
    },
    {
      name: 'reporter',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { create: systemField, update: systemField },
      admin: { readOnly: true },
      label: { en: 'Reported by', nl: 'Gemeld door' },
    },
    {
      name: 'state',
      type: 'select',
      defaultValue: 'open',
      index: true,
      options: reportStateOptions,
      access: { create: systemField, update: curatorField },
      admin: { position: 'sidebar' },
      label: { en: 'Decision', nl: 'Besluit' },
    },
  ],
  hooks: {
    beforeValidate: [reporterIsCaller],
    beforeChange: [oneOpenReportEach],
    afterRead: [hideUnreadableRelations],
  },
}
