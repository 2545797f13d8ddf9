/** What one look for work came to, e.g. for metrics. */
export type Look = {
  /** Whether it found work; then the next look comes after the interval again. */
  found: boolean
  /** Whether a wake started it rather than the timer. */
  woken: boolean
  /** How long until the next look, unless a wake comes first. */
  nextLookMs: number
}

export type PollerOptions = {
  /** The wait after a look that found work, and the first wait once there is none. */
  intervalMs: number
  /**
   * The longest wait while looks find nothing: each such look doubles the wait, up to this.
   * @default intervalMs (no back-off)
   */
  idleCeilingMs?: number
  /** Asked before each look: false while someone else does the work (it is asked again after the interval). */
  mayWork: () => boolean
  /** One look for work, doing what it finds; resolves whether there was any. */
  look: () => Promise<boolean>
  /** A look that failed; it counts as finding nothing, so a failing database is asked less and less often. */
  onError: (error: unknown) => void
  onLook?: (look: Look) => void
  /** Look once at start instead of after the first interval. */
  lookAtStart?: boolean
}

export type Poller = {
  /**
   * Look at once (or right after a look under way, which may have missed what the wake is for),
   * and start the back-off from the interval again.
   */
  wake: () => void
  /** Stops looking and waits for a look under way. */
  stop: () => Promise<void>
}

/**
 * Looks for work one look at a time (a slow look is never overlapped), while `mayWork` allows:
 * after the interval while it finds work, less and less often while it finds none, and at once
 * when woken. Work queued by this process wakes it; the timer is for work queued elsewhere.
 */
export function startPoller({ idleCeilingMs, intervalMs, lookAtStart, look, mayWork, onError, onLook }: PollerOptions): Poller {
  const ceilingMs = Math.max(intervalMs, idleCeilingMs ?? intervalMs)
  let waitMs = intervalMs
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let wokenSinceLook = false
  let stopped = false

  const lookIn = (ms: number) => {
    clearTimeout(timer)
    if (stopped) return
    timer = setTimeout(lookNow, ms)
    timer.unref()
  }

  function lookNow() {
    timer = undefined
    if (running || stopped) return
    if (!mayWork()) {
      wokenSinceLook = false
      waitMs = intervalMs
      lookIn(intervalMs)
      return
    }
    const woken = wokenSinceLook
    wokenSinceLook = false
    running = look()
      .catch((error: unknown) => {
        onError(error)
        return false
      })
      .then((found) => {
        running = undefined
        waitMs = found ? intervalMs : Math.min(waitMs * 2, ceilingMs)
        const nextLookMs = wokenSinceLook ? 0 : waitMs
        onLook?.({ found, nextLookMs, woken })
        lookIn(nextLookMs)
      })
  }

  lookIn(lookAtStart ? 0 : intervalMs)
  return {
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      await running
    },
    wake: () => {
      if (stopped) return
      wokenSinceLook = true
      waitMs = intervalMs
      if (!running) lookIn(0)
    },
  }
}

/**
 * Where a write finds the poller that applies what it queued: one per owner (a Payload
 * instance), held while it runs. `wakerOf` gives one function per owner, so `afterCommit` runs
 * it once per transaction however many changes the transaction queued.
 */
export function pollerSlot<Owner extends object>() {
  const pollers = new WeakMap<Owner, Poller>()
  const wakers = new WeakMap<Owner, () => void>()
  return {
    hold: (owner: Owner, poller: Poller): void => void pollers.set(owner, poller),
    release: (owner: Owner): void => void pollers.delete(owner),
    wakerOf: (owner: Owner): (() => void) => {
      let waker = wakers.get(owner)
      if (!waker) {
        waker = () => pollers.get(owner)?.wake()
        wakers.set(owner, waker)
      }
      return waker
    },
  }
}
