import type { Payload } from 'payload'

import { pollerSlot } from '../../../lib/poller'

/**
 * The index worker of each Payload instance, for writes to wake: a write that queued index
 * changes runs `wakerOf(payload)` once it has committed (`afterCommit`), so this process's
 * worker, if it runs here, applies them at once instead of at its next look.
 */
export const searchWorkers = pollerSlot<Payload>()
