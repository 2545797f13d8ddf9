/**
 * The editorial life of a knowledge item. Payload's own `_status` says whether a version is live;
 * `workflowStatus` adds the steps in between: "in review" is a draft a curator should look at,
 * "sent back" a draft its authors should change (the curator's comment says what).
 */
export const workflowStatuses = ['draft', 'in-review', 'sent-back', 'published'] as const
export type WorkflowStatus = (typeof workflowStatuses)[number]

export const workflowStatusOptions = [
  { label: { en: 'Draft', nl: 'Concept' }, value: 'draft' },
  { label: { en: 'In review', nl: 'Ter beoordeling' }, value: 'in-review' },
  { label: { en: 'Sent back', nl: 'Teruggestuurd' }, value: 'sent-back' },
  { label: { en: 'Published', nl: 'Gepubliceerd' }, value: 'published' },
] satisfies Array<{ label: { en: string; nl: string }; value: WorkflowStatus }>

export const isWorkflowStatus = (value: unknown): value is WorkflowStatus => workflowStatuses.includes(value as WorkflowStatus)

/** The months an item stays current before a curator should look at it again. */
export const reviewIntervalMonths = 12
