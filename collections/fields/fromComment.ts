import type { RelationshipField } from 'payload'

import { curatorField, systemField } from '../../domain/access'

/** The answer in a conversation this item was made from (by a curator), so readers can follow it back. */
export const fromCommentField = (): RelationshipField => ({
  name: 'fromComment',
  type: 'relationship',
  relationTo: 'comments',
  access: { create: curatorField, update: systemField },
  admin: { position: 'sidebar', readOnly: true },
  label: { en: 'Made from the comment', nl: 'Gemaakt van de reactie' },
})
