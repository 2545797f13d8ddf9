import type { CheckMoment } from '../../plugins/privacy-guard/types'

/**
 * The privacy guard checks an item when it is submitted for review and when it is published;
 * saving a draft is never blocked, so work in progress is not lost.
 */
export const isSubmitOrPublish: CheckMoment = ({ data, originalDoc }) =>
  data._status === 'published' || (data.workflowStatus === 'in-review' && originalDoc?.workflowStatus !== 'in-review')
