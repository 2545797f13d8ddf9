import type { Field, FieldAccess } from 'payload'

import { systemField } from '../../domain/access'
import { mentionableSlugs } from '../../domain/conversation'

/**
 * Whom a message mentions (worked out from its text by the system) and the names of those it did
 * not reach because they may not read it; `readUnreached` says who may see the latter.
 */
export const mentionFields = ({ readUnreached, where }: { readUnreached?: FieldAccess; where: 'comment' | 'question' }): Field[] => [
  {
    name: 'mentions',
    type: 'relationship',
    relationTo: [...mentionableSlugs],
    hasMany: true,
    access: { create: systemField, update: systemField },
    admin: { position: where === 'question' ? 'sidebar' : undefined, readOnly: true },
    label: { en: 'Mentions', nl: 'Vermeldingen' },
  },
  {
    name: 'unreachedMentions',
    type: 'text',
    hasMany: true,
    access: { create: systemField, update: systemField, ...(readUnreached ? { read: readUnreached } : {}) },
    admin: {
      description:
        where === 'question'
          ? {
              en: 'Mentioned, but may not read the question: they were not told.',
              nl: 'Vermeld, maar mag de vraag niet lezen: zij kregen geen melding.',
            }
          : {
              en: 'Mentioned, but may not read the item: they were not told.',
              nl: 'Vermeld, maar mag het item niet lezen: zij kregen geen melding.',
            },
      position: where === 'question' ? 'sidebar' : undefined,
      readOnly: true,
    },
    label: { en: 'Mentions not told', nl: 'Vermeldingen zonder melding' },
  },
]
