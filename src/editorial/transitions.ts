import { isCurator, type SessionUser } from '../access'
import type { WorkflowStatus } from './statuses'

/** What a save does to an item's editorial state. */
export type Move = 'save' | 'submit' | 'withdraw' | 'send-back' | 'publish' | 'unpublish'

export type MoveInput = {
  from: WorkflowStatus
  to: WorkflowStatus
  /** The write makes this version live (`_status: published`). */
  publishing: boolean
  /** The live version was published before this write and no longer is. */
  unpublishing: boolean
  user: SessionUser | null | undefined
}

/** Names the move a write makes; the hook decides from this name what to record and require. */
export function classifyMove({ from, to, publishing, unpublishing, user }: MoveInput): Move {
  if (publishing) return 'publish'
  if (unpublishing) return 'unpublish'
  if (to === 'in-review' && from !== 'in-review') return 'submit'
  if (from === 'in-review' && to === 'draft') return isCurator(user) ? 'send-back' : 'withdraw'
  return 'save'
}

/** Who may make which move. Local scripts (seed, import) run without a user and are trusted. */
export function mayMove(move: Move, user: SessionUser | null | undefined): boolean {
  if (!user) return true
  if (move === 'publish' || move === 'unpublish' || move === 'send-back') return isCurator(user)
  return true
}
