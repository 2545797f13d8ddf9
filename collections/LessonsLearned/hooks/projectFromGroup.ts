import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../../lib/idOf'

/**
 * A lesson linked to its City Deal project takes the project's name and round unless it says
 * otherwise, so lessons of one project are named alike and nobody types the round twice.
 */
export const projectFromGroup: CollectionBeforeValidateHook = async ({ data, req }) => {
  const projectId = idOf(data?.cityDealProject)
  if (!data || projectId === undefined || (data.project && data.round)) return data
  const project = await req.payload.db.findOne<{ id: number | string; name?: string; round?: number | null }>({
    collection: 'groups',
    req,
    where: { id: { equals: projectId } },
  })
  if (!project) return data
  return { ...data, project: data.project || project.name, round: data.round ?? project.round ?? undefined }
}
