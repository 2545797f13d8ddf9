import type { RelationshipField } from 'payload'

import { curatorField } from '../../domain/access'

/**
 * The organisation an item belongs to. Members always create for their own organisation (see
 * `assignOwnerOrganisation`); only curators may move an item to another organisation.
 */
export const ownerOrganisationField = (overrides: Partial<RelationshipField> = {}): RelationshipField =>
  ({
    name: 'ownerOrganisation',
    type: 'relationship',
    relationTo: 'organisations',
    required: true,
    index: true,
    access: { update: curatorField },
    admin: { position: 'sidebar' },
    label: { en: 'Owner organisation', nl: 'Eigenaar (organisatie)' },
    ...overrides,
  }) as RelationshipField
