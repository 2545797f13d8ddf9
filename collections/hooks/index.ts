import { assignOwnerOrganisation } from './assignOwnerOrganisation'
import { bodyFromPlainText } from './bodyFromPlainText'
import { defaultReviewBy } from './defaultReviewBy'
import { hideUnreadableRelations } from './hideUnreadableRelations'
import { onlyReadableFiles } from './mediaLinks/onlyReadableFiles'
import { syncMediaLinksAfterChange, syncMediaLinksAfterDelete } from './mediaLinks/syncMediaLinks'
import { deleteThreadAfterDelete, syncThreadGrantsAfterChange } from './threads/syncThreadGrants'

export {
  assignOwnerOrganisation,
  bodyFromPlainText,
  defaultReviewBy,
  deleteThreadAfterDelete,
  hideUnreadableRelations,
  syncThreadGrantsAfterChange,
}
export { threadGrantOf } from './threads/threadGrant'

/** The hooks every knowledge collection runs, before any of its own. */
export const knowledgeHooks = {
  beforeValidate: [assignOwnerOrganisation, defaultReviewBy],
  beforeChange: [onlyReadableFiles],
  afterRead: [hideUnreadableRelations],
  afterChange: [syncMediaLinksAfterChange, syncThreadGrantsAfterChange],
  afterDelete: [syncMediaLinksAfterDelete, deleteThreadAfterDelete],
}
