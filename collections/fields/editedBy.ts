import type { Field } from 'payload'

import { signedInField, systemField } from '../../domain/access'

const keptBySystem = { create: systemField, read: signedInField, update: systemField }

/** Who made the latest change (`recordEditor`): each version keeps its own, so the history shows who changed what. */
export const editedByFields: Field[] = [
  { name: 'editedBy', type: 'relationship', relationTo: 'users', maxDepth: 0, access: keptBySystem, admin: { hidden: true } },
  {
    name: 'editedByName',
    type: 'text',
    access: keptBySystem,
    admin: { position: 'sidebar', readOnly: true },
    label: { en: 'Last changed by', nl: 'Laatst gewijzigd door' },
  },
]
