import type { CollectionConfig } from 'payload'

import { collectionRules, systemField } from '../../domain/access'
import { followableSlugs } from '../../domain/notifications'
import { hideUnreadableRelations } from '../hooks'
import { followOnlyReadable } from './hooks/followOnlyReadable'
import { followerIsCaller } from './hooks/followerIsCaller'
import { oneFollowPerTarget } from './hooks/oneFollowPerTarget'

/**
 * What a person follows: a theme (with its sub-themes), an organisation or an item. New and
 * changed items in it reach them as notifications and in their digest.
 */
export const Follows: CollectionConfig = {
  slug: 'follows',
  access: collectionRules.follows,
  admin: { defaultColumns: ['target', 'createdAt'], group: { en: 'My workspace', nl: 'Mijn werkruimte' }, hidden: true },
  graphQL: { pluralName: 'Follows', singularName: 'Follow' },
  labels: { plural: { en: 'Follows', nl: 'Gevolgd' }, singular: { en: 'Follow', nl: 'Gevolgd' } },
  // One follow per person and thing: a second request for it is answered with the first.
  indexes: [{ fields: ['user', 'targetKey'], unique: true }],
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      // Always the caller (`followerIsCaller`): nobody makes someone else follow something.
      access: { create: systemField, update: systemField },
      admin: { readOnly: true },
      label: { en: 'User', nl: 'Gebruiker' },
    },
    {
      name: 'target',
      type: 'relationship',
      relationTo: [...followableSlugs],
      required: true,
      access: { update: systemField },
      label: { en: 'Follows', nl: 'Volgt' },
    },
    {
      name: 'targetKey',
      type: 'text',
      index: true,
      access: { create: systemField, update: systemField },
      admin: { hidden: true },
    },
  ],
  hooks: {
    beforeValidate: [followerIsCaller],
    beforeChange: [followOnlyReadable, oneFollowPerTarget],
    afterRead: [hideUnreadableRelations],
  },
}
