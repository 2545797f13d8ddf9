import type { Payload } from 'payload'

import type { LeaseTerms } from './types'

import { claimLease, releaseLease } from './claim'

export type HeldLease = {
  /** Whether this process holds the lease now, with a margin before its time could run out. */
  isHeld: () => boolean
  /** Hears every change between holding and not holding. */
  onChange: (listener: (held: boolean) => void) => void
  /** Stops renewing and gives the lease up, so another process can take it at once. */
  stop: () => Promise<void>
}

const slugOf = (payload: Payload) => (payload.config.custom as { leasesSlug?: string } | undefined)?.leasesSlug ?? 'leases'

/**
 * Asks for the lease now and again every third of its time: a holder renews it, the others take
 * over when it runs out (the holder died or lost the database). A holder counts itself as
 * holding only for three quarters of the time from the moment it asked, so it stops before
 * anyone else can start, even when its clock and the database's disagree by a little.
 */
export async function holdLease(payload: Payload, terms: LeaseTerms & { onError?: (error: unknown) => void }): Promise<HeldLease> {
  const slug = slugOf(payload)
  const listeners: Array<(held: boolean) => void> = []
  let heldUntil = 0
  let held = false
  let attempt: Promise<void> | undefined
  let stopped = false

  const ask = async () => {
    const askedAt = performance.now()
    let claimed = false
    try {
      claimed = await claimLease(payload, slug, terms)
    } catch (error) {
      terms.onError?.(error)
    }
    if (stopped) return
    heldUntil = claimed ? askedAt + (terms.ttlMs * 3) / 4 : 0
    if (claimed !== held) {
      held = claimed
      for (const listener of listeners) listener(held)
    }
  }
  const askAlone = () => {
    attempt ??= ask().finally(() => {
      attempt = undefined
    })
    return attempt
  }

  await askAlone()
  const timer = setInterval(() => void askAlone(), Math.max(100, Math.floor(terms.ttlMs / 3)))
  timer.unref()

  return {
    isHeld: () => !stopped && performance.now() < heldUntil,
    onChange: (listener) => listeners.push(listener),
    stop: async () => {
      clearInterval(timer)
      await attempt
      stopped = true
      const wasHeld = performance.now() < heldUntil
      heldUntil = 0
      if (wasHeld) await releaseLease(payload, slug, terms).catch((error: unknown) => terms.onError?.(error))
    },
  }
}
