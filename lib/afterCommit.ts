import type { DatabaseAdapter, PayloadRequest } from 'payload'

type TransactionID = NonNullable<PayloadRequest['transactionID']>
type Resolved = Exclude<TransactionID, Promise<unknown>>

/**
 * Kept on the adapter itself, under a process-wide symbol, so every copy of this module (the
 * server's and the one Next bundles) shares one list and the adapter is wrapped once.
 */
const waitingKey = Symbol.for('weerbaar.afterCommit.waiting')

type Watched = DatabaseAdapter & { [waitingKey]?: Map<Resolved, Set<() => void>> }

const resolvedID = async (id: TransactionID): Promise<Resolved | undefined> => ((await id) as Resolved | undefined) || undefined

/** Each callback on a later turn of the event loop: the commit's caller never waits for them. */
const runSoon = (callbacks: Iterable<() => void>) => {
  for (const callback of callbacks) setImmediate(callback)
}

/**
 * Wraps the adapter's commit and rollback once: a commit runs what waited for it once the
 * database has it, a rollback (or a failed commit) drops it. Payload ends every transaction
 * through these two methods (`commitTransaction` and `killTransaction` call them).
 */
function watch(db: Watched): Map<Resolved, Set<() => void>> {
  const existing = db[waitingKey]
  if (existing) return existing
  const waiting = new Map<Resolved, Set<() => void>>()
  db[waitingKey] = waiting
  const commit = db.commitTransaction
  const rollback = db.rollbackTransaction
  db.commitTransaction = async function (this: DatabaseAdapter, id) {
    const resolved = await resolvedID(id)
    try {
      await commit.call(this, id)
    } catch (error) {
      if (resolved !== undefined) waiting.delete(resolved)
      throw error
    }
    if (resolved === undefined) return
    const callbacks = waiting.get(resolved)
    waiting.delete(resolved)
    if (callbacks) runSoon(callbacks)
  }
  db.rollbackTransaction = async function (this: DatabaseAdapter, id) {
    const resolved = await resolvedID(id)
    if (resolved !== undefined) waiting.delete(resolved)
    await rollback.call(this, id)
  }
  return waiting
}

/**
 * Runs `callback` soon after the transaction of `req` has committed, and never if it is rolled
 * back; with no transaction (none given, or an adapter without them) what was written is
 * committed already, so it runs soon. "Soon" is a later turn of the event loop: a write never
 * waits for the callback, so it should only nudge (wake a worker), and must not throw.
 * Callbacks are kept per transaction as a set: passing the same function twice runs it once.
 */
export function afterCommit(req: PayloadRequest | undefined, callback: () => void): void {
  const id = req?.transactionID
  if (!req || !id) {
    runSoon([callback])
    return
  }
  const waiting = watch(req.payload.db as Watched)
  const register = (resolved: Resolved | undefined) => {
    if (resolved === undefined) return runSoon([callback])
    const callbacks = waiting.get(resolved) ?? new Set()
    callbacks.add(callback)
    waiting.set(resolved, callbacks)
  }
  // A transaction still being begun: its id is known before anyone can commit it. One that fails
  // to begin fails the write, which then has nothing to tell.
  if (id instanceof Promise) void resolvedID(id).then(register, () => undefined)
  else register(id)
}
