import type { CollectionConfig } from 'payload'

import { collectionRules, systemField } from '../../domain/access'
import { notifiableSlugs, notificationKindOptions } from '../../domain/notifications'
import { hideUnreadableRelations } from '../hooks'

const keptBySystem = { create: systemField, update: systemField }

/**
 * What the workspace told one person: an item was published in what they follow, their item was
 * sent back, and so on. Made by the notification job for each recipient who may read the item;
 * shown only while they still may (`readOwnNotifications`).
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  access: collectionRules.notifications,
  admin: { defaultColumns: ['kind', 'item', 'createdAt', 'readAt'], group: { en: 'My workspace', nl: 'Mijn werkruimte' }, hidden: true },
  defaultSort: '-createdAt',
  graphQL: { pluralName: 'Notifications', singularName: 'Notification' },
  labels: { plural: { en: 'Notifications', nl: 'Meldingen' }, singular: { en: 'Notification', nl: 'Melding' } },
  indexes: [{ fields: ['recipient', 'readAt'] }],
  fields: [
    { name: 'recipient', type: 'relationship', relationTo: 'users', required: true, index: true, access: keptBySystem },
    { name: 'kind', type: 'select', options: notificationKindOptions, required: true, access: keptBySystem },
    { name: 'item', type: 'relationship', relationTo: [...notifiableSlugs], access: keptBySystem },
    // The comment it is about (a mention, a reply, a hidden comment): its page opens there.
    { name: 'aboutComment', type: 'relationship', relationTo: 'comments', access: keptBySystem },
    {
      name: 'actorName',
      type: 'text',
      access: keptBySystem,
      admin: {
        description: {
          en: 'Who did it, as the review history names them.',
          nl: 'Wie het deed, zoals de beoordelingsgeschiedenis hen noemt.',
        },
      },
    },
    { name: 'comment', type: 'textarea', access: keptBySystem },
    { name: 'readAt', type: 'date', index: true, access: keptBySystem },
    // The event and recipient it was made for: a retried job makes no second notification.
    { name: 'key', type: 'text', unique: true, access: keptBySystem, admin: { hidden: true } },
  ],
  hooks: { afterRead: [hideUnreadableRelations] },
}
