export { applyWorkflow } from './applyWorkflow'
export { defaultReviewBy } from './defaultReviewBy'
export { membersSaveDrafts } from './membersSaveDrafts'
