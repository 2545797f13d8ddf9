import type { CollectionConfig, CollectionSlug, Config } from 'payload'

import type { EditorialWorkflowOptions } from './types'

import { queueEndpoints } from './endpoints/lists'
import { workflowEndpoints } from './endpoints/transitions'
import { reviewNotice, workflowFields } from './fields'
import { applyWorkflow } from './hooks/applyWorkflow'
import { onlyPublishersPublish } from './hooks/onlyPublishersPublish'

export type { EditorialWorkflowOptions, Move, MoveInput, RecordedMove, WorkflowStatus, WorkflowTexts } from './types'
export { organisationWork, type OrganisationWork, overdueItems, type QueueEntry, reviewQueue } from './queues'
export { workflowFieldNames } from './fields'
export { moveOf, writeIntentOf } from './writeIntent'

const withWorkflow = (collection: CollectionConfig, options: EditorialWorkflowOptions): CollectionConfig => {
  if (!collection.versions || typeof collection.versions !== 'object' || !collection.versions.drafts) {
    throw new Error(`editorialWorkflow: the collection "${collection.slug}" needs drafts (versions.drafts) to go through review.`)
  }
  const components = options.adminComponents
  const edit = collection.admin?.components?.edit
  return {
    ...collection,
    admin: components
      ? {
          ...collection.admin,
          components: {
            ...collection.admin?.components,
            edit: {
              ...edit,
              beforeDocumentControls: [...(edit?.beforeDocumentControls ?? []), components.controls],
              PublishButton: edit?.PublishButton ?? components.publishButton,
              Status: edit?.Status ?? components.status,
              UnpublishButton: edit?.UnpublishButton ?? components.unpublishButton,
            },
          },
        }
      : collection.admin,
    endpoints: [...(collection.endpoints || []), ...workflowEndpoints(collection.slug as CollectionSlug, options)],
    // The review notice first: it is what the item's authors should read before anything else.
    fields: [...(components ? [reviewNotice(components.reviewNotice)] : []), ...collection.fields, ...workflowFields(options)],
    hooks: {
      ...collection.hooks,
      // First: later hooks (privacy checks, the audit log) see the move this write makes.
      beforeChange: [applyWorkflow(options), ...(collection.hooks?.beforeChange ?? [])],
      beforeOperation: [onlyPublishersPublish(options), ...(collection.hooks?.beforeOperation ?? [])],
    },
  }
}

/**
 * Draft → in review → published for the given collections: the status and who-and-when fields,
 * the rule that only publishers make a version live (others' changes become drafts beside it),
 * the verbs `POST /api/<collection>/:id/{submit,send-back,publish,unpublish}`, and the publishers'
 * lists `GET /api/editorial/review-queue` and `/api/editorial/overdue`. Who may do what comes in
 * through the options.
 */
export const editorialWorkflow =
  (options: EditorialWorkflowOptions) =>
  (config: Config): Config => {
    const reviewed = new Set(options.collections)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        reviewed.has(collection.slug) ? withWorkflow(collection, options) : collection,
      ),
      endpoints: [...(config.endpoints ?? []), ...queueEndpoints(options)],
    }
  }
