/**
 * Runs `work` every `intervalMs`, one run at a time (a slow run is never overlapped), while
 * `mayWork` allows; a failed run is reported and tried again on the next tick. Returns a function
 * that stops the timer and waits for a run under way.
 */
export function everyInterval(
  intervalMs: number,
  mayWork: () => boolean,
  work: () => Promise<unknown>,
  onError: (error: unknown) => void,
): () => Promise<void> {
  let running: Promise<unknown> | undefined
  const timer = setInterval(() => {
    if (running || !mayWork()) return
    running = work()
      .catch(onError)
      .finally(() => {
        running = undefined
      })
  }, intervalMs)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await running
  }
}
