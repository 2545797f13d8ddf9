/**
 * Keeps the event loop alive while an entry point loads and boots. Under load, Node 20 with
 * tsx's off-thread loader hooks was seen to end a command with exit code 13 ("unsettled
 * top-level await") when the loop briefly had nothing else to wait on. Import this first;
 * call `releaseHold()` once the command has real handles (a listening server) or is done.
 */
const hold = setInterval(() => {}, 60_000)

export function releaseHold(): void {
  clearInterval(hold)
}
