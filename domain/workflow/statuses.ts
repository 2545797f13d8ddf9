/**
 * The editorial life of a knowledge item. Payload's own `_status` says whether a version is live;
 * `workflowStatus` adds the step in between, so "in review" is a draft a curator should look at.
 */
export const workflowStatuses = ['draft', 'in-review', 'published'] as const
export type WorkflowStatus = (typeof workflowStatuses)[number]

export const workflowStatusOptions = [
  { label: { en: 'Draft', nl: 'Concept' }, value: 'draft' },
  { label: { en: 'In review', nl: 'Ter beoordeling' }, value: 'in-review' },
  { label: { en: 'Published', nl: 'Gepubliceerd' }, value: 'published' },
] satisfies Array<{ label: { en: string; nl: string }; value: WorkflowStatus }>

export const isWorkflowStatus = (value: unknown): value is WorkflowStatus => workflowStatuses.includes(value as WorkflowStatus)

/** The months an item stays current before a curator should look at it again. */
export const reviewIntervalMonths = 12
