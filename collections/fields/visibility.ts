import type { SelectField } from 'payload'

import { visibilityOptions } from '../../domain/vocabulary'

/** Who may read an item. Workshop cases pass `allowPublic: false`: they are never public. */
export const visibilityField = ({ allowPublic = true } = {}): SelectField => {
  const options = allowPublic ? visibilityOptions : visibilityOptions.filter((each) => each.value !== 'public')
  return {
    name: 'visibility',
    type: 'select',
    required: true,
    defaultValue: 'partners',
    index: true,
    admin: { position: 'sidebar' },
    label: { en: 'Visibility', nl: 'Zichtbaarheid' },
    options,
    validate: (value: unknown) => {
      if (!allowPublic && value === 'public') {
        return 'This item can never be public: choose "partners" or "organisation".'
      }
      return options.some((each) => each.value === value)
        ? true
        : `Visibility must be one of: ${options.map((each) => each.value).join(', ')}.`
    },
  }
}
