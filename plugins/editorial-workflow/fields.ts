import type { Field } from 'payload'

import type { EditorialWorkflowOptions, RecordedMove, WorkflowStatus } from './types'

import { labelsOf } from './texts'

export const workflowStatuses: WorkflowStatus[] = ['draft', 'in-review', 'sent-back', 'published']
export const recordedMoves: RecordedMove[] = ['submit', 'send-back', 'publish', 'unpublish']

/** How the workflow's own moments are shown: day first, 24-hour clock. */
const whenRecorded = { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } as const

export const workflowFieldNames = [
  'workflowStatus',
  'reviewComment',
  'reviewHistory',
  'createdBy',
  'submittedBy',
  'submittedAt',
  'publishedBy',
  'publishedAt',
] as const

/** A publisher's comment and where the item stands, shown above the form to whoever edits it. */
export const reviewNotice = (component: string): Field => ({
  name: 'reviewNotice',
  type: 'ui',
  admin: { components: { Field: component } },
})

/**
 * Where an item is in the editorial workflow, and who moved it there. The status, the `...By`/`...At`
 * fields and the review history are written by the workflow hook only, so nobody can forge who
 * published an item; the steps themselves are buttons (see `adminComponents`) and endpoints.
 */
export const workflowFields = (options: EditorialWorkflowOptions): Field[] => {
  const { access, adminComponents, mayPublish, statusLabels } = options
  const recordedByWorkflow = { create: access.systemOnly, update: access.systemOnly }
  // Accounts are for publishers to open; others read who took each step in the review history.
  const forPublishers = (_data: unknown, _siblingData: unknown, { user }: { user?: unknown }) => mayPublish(user)
  const label = (pick: Parameters<typeof labelsOf>[1]) => labelsOf(options, pick)
  return [
    {
      name: 'workflowStatus',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      access: { create: access.requestStep, update: access.requestStep },
      options: workflowStatuses.map((value) => ({ label: statusLabels[value], value })),
      admin: {
        components: adminComponents ? { Cell: adminComponents.statusCell } : undefined,
        position: 'sidebar',
        // Moved by the workflow's buttons, which check who may take which step.
        readOnly: Boolean(adminComponents),
      },
      label: label((labels) => labels.workflowStatus),
    },
    {
      name: 'reviewComment',
      type: 'textarea',
      maxLength: 2000,
      access: { create: access.reviewComment.write, read: access.reviewComment.read, update: access.reviewComment.write },
      // Written through "send back", shown above the form by the review notice.
      admin: { hidden: Boolean(adminComponents), position: 'sidebar' },
      label: label((labels) => labels.reviewComment),
    },
    {
      // Its first author: told when it is sent back or published, and follows it from the start.
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      access: { ...recordedByWorkflow, read: access.recordedBy },
      admin: { condition: forPublishers, position: 'sidebar', readOnly: true },
      label: { en: 'Created by', nl: 'Aangemaakt door' },
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { ...recordedByWorkflow, read: access.recordedBy },
      admin: { condition: forPublishers, position: 'sidebar', readOnly: true },
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
      admin: { condition: forPublishers, position: 'sidebar', readOnly: true },
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
    {
      name: 'reviewHistory',
      type: 'array',
      access: { ...recordedByWorkflow, read: access.reviewHistory },
      admin: {
        components: adminComponents ? { RowLabel: adminComponents.historyRowLabel } : undefined,
        initCollapsed: true,
        position: 'sidebar',
        readOnly: true,
      },
      labels: { plural: label((labels) => labels.step.plural), singular: label((labels) => labels.step.singular) },
      fields: [
        {
          name: 'move',
          type: 'select',
          options: recordedMoves.map((value) => ({ label: label((labels) => labels.moves[value]), value })),
          required: true,
          label: label((labels) => labels.move),
        },
        { name: 'byName', type: 'text', label: label((labels) => labels.by) },
        { name: 'by', type: 'relationship', relationTo: 'users', admin: { condition: forPublishers }, label: label((labels) => labels.by) },
        { name: 'at', type: 'date', admin: { date: whenRecorded }, required: true, label: label((labels) => labels.at) },
        { name: 'comment', type: 'textarea', label: label((labels) => labels.comment) },
      ],
      label: label((labels) => labels.reviewHistory),
    },
  ]
}
