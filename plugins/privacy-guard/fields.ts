import type { Field } from 'payload'

import type { PrivacyGuardOptions } from './types'

/**
 * The curator's override: a reason given with the write that lets findings through, and the
 * record of every override (who, when, why, what). The reason is used once and then cleared;
 * which findings it covered is kept where only the guard writes it.
 */
/** The group the guard adds to every guarded collection. */
export const privacyReviewFieldName = 'privacyReview'

export const privacyReviewField = ({ canOverride: overriders, systemOnly }: PrivacyGuardOptions): Field => {
  return {
    name: privacyReviewFieldName,
    type: 'group',
    access: { read: overriders },
    admin: {
      description: {
        en: 'Submitting and publishing check the text for personal data. A curator may publish despite findings by giving a reason here.',
        nl: 'Bij indienen en publiceren wordt de tekst gecontroleerd op persoonsgegevens. Een curator kan ondanks bevindingen publiceren door hier een reden te geven.',
      },
      position: 'sidebar',
    },
    label: { en: 'Privacy check', nl: 'Privacycontrole' },
    fields: [
      {
        name: 'overrideReason',
        type: 'textarea',
        maxLength: 1000,
        access: { create: overriders, update: overriders },
        label: { en: 'Reason to publish despite findings', nl: 'Reden om ondanks bevindingen te publiceren' },
      },
      { name: 'acceptedFindings', type: 'json', hidden: true, access: { create: systemOnly, update: systemOnly } },
      {
        name: 'overrides',
        type: 'array',
        access: { create: systemOnly, update: systemOnly },
        admin: { readOnly: true },
        label: { en: 'Overrides', nl: 'Overrulingen' },
        labels: { plural: { en: 'Overrides', nl: 'Overrulingen' }, singular: { en: 'Override', nl: 'Overruling' } },
        fields: [
          { name: 'reason', type: 'textarea', label: { en: 'Reason', nl: 'Reden' } },
          { name: 'findings', type: 'textarea', label: { en: 'Findings', nl: 'Bevindingen' } },
          { name: 'by', type: 'relationship', relationTo: 'users', label: { en: 'By', nl: 'Door' } },
          { name: 'at', type: 'date', label: { en: 'At', nl: 'Op' } },
        ],
      },
    ],
  }
}
