import type { Field } from 'payload'

import { curatorField, signedInField } from '../../src/access'
import { workflowStatusOptions } from '../../src/editorial/statuses'

const recordedByWorkflow = { create: () => false, update: () => false }

/**
 * Where an item is in the editorial workflow, and who moved it there. The `...By`/`...At` fields
 * are written by the workflow hook only, so nobody can forge who published an item.
 */
export const workflowFields = (): Field[] => [
  {
    name: 'workflowStatus',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: workflowStatusOptions,
    admin: {
      description: {
        en: 'Choose "In review" and save to ask a curator to publish.',
        nl: 'Kies "Ter beoordeling" en sla op om een curator te vragen te publiceren.',
      },
      position: 'sidebar',
    },
    label: { en: 'Workflow', nl: 'Workflow' },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    maxLength: 2000,
    access: { create: curatorField, read: signedInField, update: curatorField },
    admin: { position: 'sidebar' },
    label: { en: 'Review comment', nl: 'Opmerking beoordelaar' },
  },
  {
    name: 'submittedBy',
    type: 'relationship',
    relationTo: 'users',
    access: { ...recordedByWorkflow, read: signedInField },
    admin: { position: 'sidebar', readOnly: true },
    label: { en: 'Submitted by', nl: 'Ingediend door' },
  },
  {
    name: 'submittedAt',
    type: 'date',
    access: { ...recordedByWorkflow, read: signedInField },
    admin: { position: 'sidebar', readOnly: true },
    label: { en: 'Submitted at', nl: 'Ingediend op' },
  },
  {
    name: 'publishedBy',
    type: 'relationship',
    relationTo: 'users',
    access: { ...recordedByWorkflow, read: signedInField },
    admin: { position: 'sidebar', readOnly: true },
    label: { en: 'Published by', nl: 'Gepubliceerd door' },
  },
  {
    name: 'publishedAt',
    type: 'date',
    index: true,
    access: recordedByWorkflow,
    admin: { position: 'sidebar', readOnly: true },
    label: { en: 'Published at', nl: 'Gepubliceerd op' },
  },
]
