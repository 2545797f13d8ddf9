import type { Payload } from 'payload'

import { pollerSlot } from '../../lib/poller'

/**
 * The webhook worker of each Payload instance, for writes to wake: what queued an event or a
 * delivery runs `wakerOf(payload)` once it has committed (`afterCommit`), so this process's
 * worker, if it runs here, delivers at once instead of at its next look.
 */
export const webhookWorkers = pollerSlot<Payload>()
