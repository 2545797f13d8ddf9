type TransactionalClient = {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: any) => Promise<unknown>
}

/**
 * libsql hands its connection to each transaction and opens a fresh one for what follows, and
 * Payload sets `busy_timeout` only on the first. Later connections then fail at once with
 * SQLITE_BUSY when two writes meet (a save and the search worker), instead of waiting their
 * turn. Sets the timeout on every new connection.
 */
export function keepBusyTimeout(client: TransactionalClient, timeoutMs: number) {
  const begin = client.transaction.bind(client)
  client.transaction = async (mode?: unknown) => {
    const transaction = await begin(mode)
    await client.execute(`PRAGMA busy_timeout = ${timeoutMs};`)
    return transaction
  }
}
