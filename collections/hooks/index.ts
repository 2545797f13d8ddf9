import { assignOwnerOrganisation } from './assignOwnerOrganisation'
import { onlyCuratorsPublish } from './onlyCuratorsPublish'

export { assignOwnerOrganisation, onlyCuratorsPublish }

/** The hooks every knowledge collection runs, before any of its own. */
export const knowledgeHooks = {
  beforeValidate: [assignOwnerOrganisation],
  beforeChange: [onlyCuratorsPublish],
}
