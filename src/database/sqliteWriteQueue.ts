type Statement = string | { sql: string }

type Transaction = Record<'commit' | 'rollback' | 'close', (...args: unknown[]) => unknown>

export type LibsqlClient = {
  execute: (statement: Statement, ...rest: unknown[]) => Promise<unknown>
  batch: (...args: unknown[]) => Promise<unknown>
  transaction: (mode?: unknown) => Promise<unknown>
}

const writes = /^\s*(insert|update|delete|replace|create|drop|alter)\b/i

const sqlOf = (statement: Statement) => (typeof statement === 'string' ? statement : statement.sql)

/**
 * libsql runs SQLite synchronously and gives every transaction its own connection. Two writes
 * from this process that meet (a save and the search worker) then either fail at once with
 * SQLITE_BUSY, or, with a busy timeout, freeze the whole event loop until it expires, because
 * the transaction holding the lock cannot finish while the process waits. So writes take turns
 * here, asynchronously; SQLite's own busy timeout (set on every new connection, which Payload
 * does only for the first) is left for other processes, such as `npm run seed`.
 *
 * A write that waits longer than `maxWaitMs` goes ahead anyway: better SQLite's error than a
 * deadlock if a write inside a transaction ever runs outside it.
 */
export function queueSqliteWrites(
  client: LibsqlClient,
  { busyTimeoutMs, maxWaitMs, onStuck }: { busyTimeoutMs: number; maxWaitMs: number; onStuck: () => void },
) {
  let tail: Promise<void> = Promise.resolve()

  const takeTurn = async (): Promise<() => void> => {
    let release!: () => void
    const done = new Promise<void>((resolve) => (release = resolve))
    const previous = tail
    tail = previous.then(() => done)
    let timer: NodeJS.Timeout | undefined
    const waited = await Promise.race([
      previous.then(() => 'turn' as const),
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), maxWaitMs))),
    ])
    clearTimeout(timer)
    if (waited === 'timeout') onStuck()
    let released = false
    return () => {
      if (released) return
      released = true
      release()
    }
  }

  const execute = client.execute.bind(client)
  client.execute = async (statement, ...rest) => {
    if (!writes.test(sqlOf(statement))) return execute(statement, ...rest)
    const release = await takeTurn()
    try {
      return await execute(statement, ...rest)
    } finally {
      release()
    }
  }

  const batch = client.batch.bind(client)
  client.batch = async (...args) => {
    const release = await takeTurn()
    try {
      return await batch(...args)
    } finally {
      release()
    }
  }

  const begin = client.transaction.bind(client)
  client.transaction = async (mode) => {
    const release = await takeTurn()
    try {
      const transaction = (await begin(mode)) as Transaction
      await execute(`PRAGMA busy_timeout = ${busyTimeoutMs};`)
      for (const end of ['commit', 'rollback', 'close'] as const) {
        const original = transaction[end].bind(transaction)
        transaction[end] = async (...args: unknown[]) => {
          try {
            return await original(...args)
          } finally {
            release()
          }
        }
      }
      return transaction
    } catch (error) {
      release()
      throw error
    }
  }
}
