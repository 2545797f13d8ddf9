import type { PayloadRequest, SelectField } from 'payload'

import { inCallersLanguage } from '../../lib/callersLanguage'

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
    validate: (value: unknown, { req }: { req?: PayloadRequest } = {}) => {
      if (!allowPublic && value === 'public') {
        return inCallersLanguage(req, {
          en: 'This item can never be public: choose "partners" or "organisation".',
          nl: 'Dit item kan nooit openbaar zijn: kies "Partners (ingelogd)" of "Eigen organisatie".',
        })
      }
      if (options.some((each) => each.value === value)) return true
      const values = options.map((each) => each.value).join(', ')
      return inCallersLanguage(req, { en: `Visibility must be one of: ${values}.`, nl: `Zichtbaarheid moet een van deze zijn: ${values}.` })
    },
  }
}
