/**
 * Counts attempts per key in fixed windows. In memory: each server process counts for itself,
 * which bounds guessing per process; the per-account lockout in the database bounds it overall.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { count: number; resetsAt: number }>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt; answers how long to wait when the key is over its limit. */
  attempt(key: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfterMs: number } {
    if (this.windows.size > 10_000) this.sweep(now)
    const window = this.windows.get(key)
    if (!window || window.resetsAt <= now) {
      this.windows.set(key, { count: 1, resetsAt: now + this.windowMs })
      return { allowed: true }
    }
    window.count += 1
    if (window.count <= this.limit) return { allowed: true }
    return { allowed: false, retryAfterMs: window.resetsAt - now }
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (window.resetsAt <= now) this.windows.delete(key)
  }
}
