import { assignOwnerOrganisation } from './assignOwnerOrganisation'
import { bodyFromPlainText } from './bodyFromPlainText'
import { defaultReviewBy } from './defaultReviewBy'
import { hideUnreadableRelations } from './hideUnreadableRelations'
import { onlyReadableFiles } from './mediaLinks/onlyReadableFiles'
import { onlyOwnGroups } from './onlyOwnGroups'
import { recordEditor } from './recordEditor'
import { syncMediaLinksAfterChange, syncMediaLinksAfterDelete } from './mediaLinks/syncMediaLinks'
import { deleteThreadAfterDelete, syncThreadGrantsAfterChange } from './threads/syncThreadGrants'

export {
  assignOwnerOrganisation,
  onlyOwnGroups,
  bodyFromPlainText,
  defaultReviewBy,
  deleteThreadAfterDelete,
  hideUnreadableRelations,
  syncThreadGrantsAfterChange,
}
export { threadGrantsOf } from './threads/threadGrant'

/** The hooks every knowledge collection runs, before any of its own. */
export const knowledgeHooks = {
  beforeValidate: [assignOwnerOrganisation, defaultReviewBy],
  beforeChange: [onlyOwnGroups, onlyReadableFiles, recordEditor],
  afterRead: [hideUnreadableRelations],
  afterChange: [syncMediaLinksAfterChange, syncThreadGrantsAfterChange],
  afterDelete: [syncMediaLinksAfterDelete, deleteThreadAfterDelete],
}
