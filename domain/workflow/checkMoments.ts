type WriteArgs = { data: Record<string, unknown>; originalDoc?: Record<string, unknown> }

/**
 * When an item is checked for personal data: when it is submitted for review and when it is
 * published. Saving a draft is never blocked, so work in progress is not lost.
 */
export const isSubmitOrPublish = ({ data, originalDoc }: WriteArgs): boolean =>
  data._status === 'published' || (data.workflowStatus === 'in-review' && originalDoc?.workflowStatus !== 'in-review')
