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
    validate: (value: unknown, { req }: { req?: { i18n?: { language?: string } } } = {}) => {
      const dutch = req?.i18n?.language === 'nl'
      if (!allowPublic && value === 'public') {
        return dutch
          ? 'Dit item kan nooit openbaar zijn: kies "Partners (ingelogd)" of "Eigen organisatie".'
          : 'This item can never be public: choose "partners" or "organisation".'
      }
      if (options.some((each) => each.value === value)) return true
      const values = options.map((each) => each.value).join(', ')
      return dutch ? `Zichtbaarheid moet een van deze zijn: ${values}.` : `Visibility must be one of: ${values}.`
    },
  }
}
