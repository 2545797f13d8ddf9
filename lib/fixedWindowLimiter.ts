/**
 * Counts what each key spends in fixed windows: attempts (one each) or a cost. In memory: each
 * server process counts for itself, which bounds what one client can do to that process.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { spent: number; resetsAt: number }>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /**
   * Counts one attempt (or `cost`); answers what is left of the window and when it resets, or
   * how long to wait when the key is over its limit.
   */
  attempt(
    key: string,
    now = Date.now(),
    cost = 1,
  ): { allowed: true; remaining: number; resetMs: number } | { allowed: false; retryAfterMs: number } {
    if (this.windows.size > 10_000) this.sweep(now)
    let window = this.windows.get(key)
    if (!window || window.resetsAt <= now) {
      window = { resetsAt: now + this.windowMs, spent: 0 }
      this.windows.set(key, window)
    }
    window.spent += cost
    if (window.spent > this.limit) return { allowed: false, retryAfterMs: window.resetsAt - now }
    return { allowed: true, remaining: this.limit - window.spent, resetMs: window.resetsAt - now }
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (window.resetsAt <= now) this.windows.delete(key)
  }
}
