import type { FieldAccess } from 'payload'

import type { EndpointRule } from '../../lib/endpointAccess'

/** Where an item is: a draft, waiting for a publisher, or live. Payload's `_status` says only draft or live. */
export type WorkflowStatus = 'draft' | 'in-review' | 'published'

/** What a save does to an item's editorial state. */
export type Move = 'save' | 'submit' | 'withdraw' | 'send-back' | 'publish' | 'unpublish'

export type MoveInput = {
  from: WorkflowStatus
  to: WorkflowStatus
  /** The write makes this version live (`_status: published`). */
  publishing: boolean
  /** The live version was published before this write and no longer is. */
  unpublishing: boolean
  user: any
}

type Label = { [language: string]: string }

export type EditorialWorkflowOptions = {
  /** Collections whose items go through review. They need drafts (`versions.drafts`). */
  collections: readonly string[]
  /** What each status is called in the admin panel. */
  statusLabels: Record<WorkflowStatus, Label>
  /** Names the move a write makes. */
  classifyMove: (input: MoveInput) => Move
  /** Who may make which move; checked on every write, whatever route it takes. */
  mayMove: (move: Move, user: any) => boolean
  /** Who may make a version live. Others' writes are saved as drafts beside the live version. */
  mayPublish: (user: any) => boolean
  /** How people who publish are called in messages ("curators"). */
  publishersName: string
  access: {
    /** Who may read the publisher's comment, and write it. */
    reviewComment: { read: FieldAccess; write: FieldAccess }
    /** Who may see who submitted and published an item. */
    recordedBy: FieldAccess
    /** Fields only the workflow writes (who and when). */
    systemOnly: FieldAccess
    /** Who may submit (and withdraw) through the endpoints; the item's own update rule applies as well. */
    submit: EndpointRule
    /** Who may publish, unpublish and send back through the endpoints. */
    decide: EndpointRule
    /** Who may see the review queue and the overdue list. */
    queues: EndpointRule
  }
  /** Items past their review-by date: the collections that carry one, and its field. */
  overdue?: { collections: readonly string[]; field: string }
}
