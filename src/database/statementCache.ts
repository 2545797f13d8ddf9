import Database from 'libsql'
import { LRUCache } from 'lru-cache'

type Prepare = (this: object, sql: string) => unknown

const patchedKey = Symbol.for('weerbaar.reusePreparedStatements')

/**
 * libsql prepares every statement anew on every call (`@libsql/client` calls `prepare` for each
 * query), and preparing is a tenth of a Payload read on SQLite. Drizzle sends the same text with
 * `?` parameters for every read of the same shape, so each connection keeps its statements and
 * runs them again; SQLite re-prepares a kept statement by itself when the schema changes.
 */
export function reusePreparedStatements(statementsPerConnection = 500): void {
  const prototype = Database.prototype as unknown as Record<string | symbol, unknown> & { prepare: Prepare }
  if (prototype[patchedKey]) return
  prototype[patchedKey] = true
  const prepare = prototype.prepare
  const kept = new WeakMap<object, LRUCache<string, object>>()
  prototype.prepare = function (this: object, sql: string) {
    let statements = kept.get(this)
    if (!statements) kept.set(this, (statements = new LRUCache<string, object>({ max: statementsPerConnection })))
    let statement = statements.get(sql)
    if (!statement) {
      statement = prepare.call(this, sql) as object
      statements.set(sql, statement)
    }
    return statement
  }
}
