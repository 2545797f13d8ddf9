import type { Field, PayloadRequest, RelationshipField, SelectField } from 'payload'

import { visibilityOptions } from '../../domain/vocabulary'
import { inCallersLanguage } from '../../lib/callersLanguage'

type VisibilityChoices = {
  /** Workshop cases are never public. */
  allowPublic?: boolean
  /** Files have no groups of their own: the items that link them decide. */
  allowGroup?: boolean
}

/** Who may read an item. */
export const visibilityField = ({ allowPublic = true, allowGroup = false }: VisibilityChoices = {}): SelectField => {
  const options = visibilityOptions.filter((each) => (allowPublic || each.value !== 'public') && (allowGroup || each.value !== 'group'))
  return {
    name: 'visibility',
    type: 'select',
    required: true,
    defaultValue: 'partners',
    index: true,
    admin: { position: 'sidebar' },
    label: { en: 'Visibility', nl: 'Zichtbaarheid' },
    options,
    validate: (value: unknown, { req }: { req?: PayloadRequest } = {}) => {
      if (!allowPublic && value === 'public') {
        return inCallersLanguage(req, {
          en: 'This item can never be public: choose "partners", "group" or "organisation".',
          nl: 'Dit item kan nooit openbaar zijn: kies "Partners (ingelogd)", "Eigen groep" of "Eigen organisatie".',
        })
      }
      if (options.some((each) => each.value === value)) return true
      const values = options.map((each) => each.value).join(', ')
      return inCallersLanguage(req, { en: `Visibility must be one of: ${values}.`, nl: `Zichtbaarheid moet een van deze zijn: ${values}.` })
    },
  }
}

/**
 * The groups a group-only item is shared with: their members read and edit it, whichever
 * organisation they work for. Who may share with which group is `onlyOwnGroups`, which checks
 * drafts too.
 */
export const groupsField = (): RelationshipField => ({
  name: 'groups',
  type: 'relationship',
  relationTo: 'groups',
  hasMany: true,
  index: true,
  admin: {
    condition: (_data, siblingData) => siblingData?.visibility === 'group',
    description: {
      en: 'Members of these groups read and edit this item together, from every organisation.',
      nl: 'Leden van deze groepen lezen en bewerken dit item samen, vanuit elke organisatie.',
    },
    position: 'sidebar',
  },
  label: { en: 'Groups', nl: 'Groepen' },
})

/** Who reads (and, for groups, co-edits) an item: its visibility and, when group-only, its groups. */
export const audienceFields = ({ allowPublic = true }: { allowPublic?: boolean } = {}): Field[] => [
  visibilityField({ allowGroup: true, allowPublic }),
  groupsField(),
]
