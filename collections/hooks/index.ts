import { assignOwnerOrganisation } from './assignOwnerOrganisation'
import { hideUnreadableRelations } from './hideUnreadableRelations'
import { syncMediaLinksAfterChange, syncMediaLinksAfterDelete } from './mediaLinks/syncMediaLinks'
import { applyWorkflow, defaultReviewBy, membersSaveDrafts } from './workflow'

export { assignOwnerOrganisation, hideUnreadableRelations }

/** The hooks every knowledge collection runs, before any of its own. */
export const knowledgeHooks = {
  beforeOperation: [membersSaveDrafts],
  beforeValidate: [assignOwnerOrganisation, defaultReviewBy],
  beforeChange: [applyWorkflow],
  afterRead: [hideUnreadableRelations],
  afterChange: [syncMediaLinksAfterChange],
  afterDelete: [syncMediaLinksAfterDelete],
}
