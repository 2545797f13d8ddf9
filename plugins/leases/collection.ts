import type { CollectionConfig } from 'payload'

import type { LeasesOptions } from './types'

/** One row per lease: who holds it until when. Written by the plugin's atomic claim only. */
export const leasesCollection = (slug: string, access: LeasesOptions['access']): CollectionConfig => ({
  slug,
  access,
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  labels: {
    plural: { en: 'Leases', nl: 'Leases' },
    singular: { en: 'Lease', nl: 'Lease' },
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    { name: 'holder', type: 'text', required: true },
    { name: 'expiresAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
})
