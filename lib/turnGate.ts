/**
 * Lets at most `perTurn` callers start per event-loop turn; the others wait for the next turns,
 * first come first served within their class, and the classes take turns, so a flood of one
 * (a partner polling a list) cannot hold back another (a search, a single item).
 *
 * Why: a Payload read runs its database calls synchronously (libsql), so once started it runs to
 * its end without giving the event loop back. Node reads every waiting socket in one turn and
 * starts each request there, so with fifty expensive requests waiting a turn lasts fifty of them,
 * and everything else (a health check, an answer kept in memory, a new connection, which Node
 * accepts one per turn) waits that long too. Starting only a few per turn keeps turns short, at
 * the same total throughput.
 */
export function turnGate(perTurn: number): (requestClass: string) => Promise<void> {
  let startedThisTurn = 0
  let turnEndScheduled = false
  /** Per class, in the order the classes first had to wait: a Map keeps insertion order. */
  const waiting = new Map<string, Array<() => void>>()

  const startNextOfEachClass = () => {
    for (const [requestClass, queue] of waiting) {
      if (startedThisTurn >= perTurn) return
      startedThisTurn += 1
      queue.shift()!()
      // The class goes to the back of the line; gone once it has nobody waiting.
      waiting.delete(requestClass)
      if (queue.length > 0) waiting.set(requestClass, queue)
    }
  }
  const endTurn = () => {
    turnEndScheduled = false
    startedThisTurn = 0
    while (waiting.size > 0 && startedThisTurn < perTurn) startNextOfEachClass()
    if (startedThisTurn > 0) scheduleTurnEnd()
  }
  const scheduleTurnEnd = () => {
    if (turnEndScheduled) return
    turnEndScheduled = true
    // Runs after this turn's I/O callbacks: the next few start there, the rest in later turns.
    setImmediate(endTurn)
  }

  return (requestClass) => {
    scheduleTurnEnd()
    if (waiting.size === 0 && startedThisTurn < perTurn) {
      startedThisTurn += 1
      return Promise.resolve()
    }
    return new Promise<void>((resolve) => {
      const queue = waiting.get(requestClass)
      if (queue) queue.push(resolve)
      else waiting.set(requestClass, [resolve])
    })
  }
}
