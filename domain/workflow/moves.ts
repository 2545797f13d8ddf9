import { mayPublish, type SessionUser } from '../access/predicates'
import type { WorkflowStatus } from './statuses'

/** What a save does to an item's editorial state. */
export const moves = ['save', 'submit', 'withdraw', 'send-back', 'publish', 'unpublish'] as const
export type Move = (typeof moves)[number]

export type MoveInput = {
  from: WorkflowStatus
  to: WorkflowStatus
  /** The write makes this version live (`_status: published`). */
  publishing: boolean
  /** The live version was published before this write and no longer is. */
  unpublishing: boolean
  user: SessionUser | null | undefined
}

/** Names the move a write makes; the workflow decides from this name what to record and require. */
export function classifyMove({ from, to, publishing, unpublishing, user }: MoveInput): Move {
  if (publishing) return 'publish'
  if (unpublishing) return 'unpublish'
  if (to === 'in-review' && from !== 'in-review') return 'submit'
  if (from === 'in-review' && to === 'sent-back') return 'send-back'
  if (from === 'in-review' && to === 'draft') return mayPublish(user) ? 'send-back' : 'withdraw'
  return 'save'
}

/** The moves that decide what is live, or what its author must change: for publishers only. */
const publishersMoves: ReadonlySet<Move> = new Set(['publish', 'unpublish', 'send-back'])

/** Who may make which move. Local scripts (seed, import) run without a user and are trusted. */
export function mayMove(move: Move, user: SessionUser | null | undefined): boolean {
  if (!user) return true
  return publishersMoves.has(move) ? mayPublish(user) : true
}
