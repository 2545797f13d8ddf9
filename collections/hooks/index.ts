import { assignOwnerOrganisation } from './assignOwnerOrganisation'
import { defaultReviewBy } from './defaultReviewBy'
import { hideUnreadableRelations } from './hideUnreadableRelations'
import { onlyReadableFiles } from './mediaLinks/onlyReadableFiles'
import { syncMediaLinksAfterChange, syncMediaLinksAfterDelete } from './mediaLinks/syncMediaLinks'

export { assignOwnerOrganisation, defaultReviewBy, hideUnreadableRelations }

/** The hooks every knowledge collection runs, before any of its own. */
export const knowledgeHooks = {
  beforeValidate: [assignOwnerOrganisation, defaultReviewBy],
  beforeChange: [onlyReadableFiles],
  afterRead: [hideUnreadableRelations],
  afterChange: [syncMediaLinksAfterChange],
  afterDelete: [syncMediaLinksAfterDelete],
}
