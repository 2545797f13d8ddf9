import type { Field } from 'payload'

import type { EditorialWorkflowOptions, WorkflowStatus } from './types'

const statuses: WorkflowStatus[] = ['draft', 'in-review', 'published']

/** The fields the workflow adds: its bookkeeping, which readers and spreadsheets leave alone. */
/** How the workflow's own moments are shown: day first, 24-hour clock. */
const whenRecorded = { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } as const

export const workflowFieldNames = ['workflowStatus', 'reviewComment', 'submittedBy', 'submittedAt', 'publishedBy', 'publishedAt'] as const

/**
 * Where an item is in the editorial workflow, and who moved it there. The `...By`/`...At` fields
 * are written by the workflow hook only, so nobody can forge who published an item.
 */
export const workflowFields = ({ access, statusLabels }: EditorialWorkflowOptions): Field[] => {
  const recordedByWorkflow = { create: access.systemOnly, update: access.systemOnly }
  return [
    {
      name: 'workflowStatus',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      options: statuses.map((value) => ({ label: statusLabels[value], value })),
      admin: {
        description: {
          en: 'Choose "In review" and save to ask for publication.',
          nl: 'Kies "Ter beoordeling" en sla op om publicatie te vragen.',
        },
        position: 'sidebar',
      },
      label: { en: 'Workflow', nl: 'Workflow' },
    },
    {
      name: 'reviewComment',
      type: 'textarea',
      maxLength: 2000,
      access: { create: access.reviewComment.write, read: access.reviewComment.read, update: access.reviewComment.write },
      admin: { position: 'sidebar' },
      label: { en: 'Review comment', nl: 'Opmerking beoordelaar' },
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { ...recordedByWorkflow, read: access.recordedBy },
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Submitted by', nl: 'Ingediend door' },
    },
    {
      name: 'submittedAt',
      type: 'date',
      access: { ...recordedByWorkflow, read: access.recordedBy },
      admin: { date: whenRecorded, position: 'sidebar', readOnly: true },
      label: { en: 'Submitted at', nl: 'Ingediend op' },
    },
    {
      name: 'publishedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { ...recordedByWorkflow, read: access.recordedBy },
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Published by', nl: 'Gepubliceerd door' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      access: recordedByWorkflow,
      admin: { date: whenRecorded, position: 'sidebar', readOnly: true },
      label: { en: 'Published at', nl: 'Gepubliceerd op' },
    },
  ]
}
