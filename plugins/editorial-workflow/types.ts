import type { FieldAccess, PayloadRequest } from 'payload'

import type { EndpointRule } from '../../lib/endpointAccess'

/** Where an item is: a draft, waiting for a publisher, or live. Payload's `_status` says only draft or live. */
export type WorkflowStatus = 'draft' | 'in-review' | 'sent-back' | 'published'

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

/** The moves a publisher or an author makes on purpose, and which the review history keeps. */
export type RecordedMove = 'submit' | 'send-back' | 'publish' | 'unpublish'

/** Everything the workflow says to people, in one language. */
export type WorkflowTexts = {
  /** What the caller reads after each move through the endpoints. */
  done: Record<RecordedMove, string>
  /** A move this caller may not make ("send back"). */
  notYours: (move: Exclude<Move, 'save'>) => string
  /** A non-publisher asked to make a version live. */
  onlyPublishersPublish: string
  /** Submitting through the endpoint was refused. */
  submitForbidden: string
  /** The endpoints need a signed-in caller. */
  signIn: string
  /** The publisher sent an item back without saying why. */
  commentRequired: string
  /** A body value that should have been text. */
  mustBeText: (field: string) => string
  /** The publishers' lists. */
  queues: { forbidden: string; signIn: string }
  /** Field labels and the review history's row labels. */
  labels: {
    workflowStatus: string
    reviewComment: string
    reviewHistory: string
    move: string
    by: string
    at: string
    step: { singular: string; plural: string }
    comment: string
    moves: Record<RecordedMove, string>
  }
}

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
  /** How the review history names who took a step, for readers who may not open that account. */
  nameOf?: (req: PayloadRequest) => Promise<string | undefined>
  /** What the workflow says, per interface language; requests in another language read `fallbackLanguage`. */
  texts: { [language: string]: WorkflowTexts }
  fallbackLanguage: string
  access: {
    /** Who may ask for a step by writing the status; `mayMove` still decides each move. */
    requestStep: FieldAccess
    /** Who may read the publisher's comment, and write it. */
    reviewComment: { read: FieldAccess; write: FieldAccess }
    /** Who may see who submitted and published an item. */
    recordedBy: FieldAccess
    /** Who may read the review history (every step with the publishers' comments). */
    reviewHistory: FieldAccess
    /** Fields only the workflow writes (who and when). */
    systemOnly: FieldAccess
    /** Who may submit (and withdraw) through the endpoints; the item's own update rule applies as well. */
    submit: EndpointRule
    /** Who may publish, unpublish and send back through the endpoints. */
    decide: EndpointRule
    /** Who may see the review queue and the overdue list. */
    queues: EndpointRule
  }
  /**
   * Admin components (import-map paths): the workflow's steps as buttons beside the document
   * controls, its status as a label in the list, the publisher's comment above the form, and
   * Payload's publish and unpublish buttons for publishers only.
   */
  adminComponents?: {
    controls: string
    status: string
    statusCell: string
    reviewNotice: string
    historyRowLabel: string
    publishButton: string
    unpublishButton: string
  }
  /** Items past their review-by date: the collections that carry one, and its field. */
  overdue?: { collections: readonly string[]; field: string }
}
