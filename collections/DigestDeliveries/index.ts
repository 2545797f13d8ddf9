import type { CollectionConfig } from 'payload'

import { collectionRules, systemField } from '../../domain/access'

const keptBySystem = { create: systemField, update: systemField }

/**
 * One digest mail sent to one person for one period. Written with the queued mail in one
 * transaction; its unique key is what makes a retried or repeated digest run send nothing twice.
 */
export const DigestDeliveries: CollectionConfig = {
  slug: 'digest-deliveries',
  access: collectionRules['digest-deliveries'],
  admin: {
    defaultColumns: ['user', 'period', 'periodKey', 'items', 'createdAt'],
    group: { en: 'Administration', nl: 'Beheer' },
    hidden: true,
  },
  graphQL: false,
  labels: { plural: { en: 'Digests sent', nl: 'Verstuurde overzichten' }, singular: { en: 'Digest sent', nl: 'Verstuurd overzicht' } },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, access: keptBySystem },
    { name: 'period', type: 'text', required: true, access: keptBySystem },
    { name: 'periodKey', type: 'text', required: true, access: keptBySystem },
    { name: 'items', type: 'number', access: keptBySystem },
    { name: 'key', type: 'text', required: true, unique: true, access: keptBySystem },
  ],
}
