import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

const registryKey = Symbol.for('weerbaar.payloadInstanceIds')
type Registry = WeakMap<Payload, string>

/**
 * A random id per Payload instance, shared through the global symbol registry so that the
 * express host and the Next bundle (which has its own copy of this module) see the same map.
 * Equal ids prove both answer from one instance; operators see which instance served them.
 */
export function instanceIdOf(payload: Payload): string {
  const store = globalThis as unknown as Record<symbol, Registry | undefined>
  const registry = (store[registryKey] ??= new WeakMap())
  let id = registry.get(payload)
  if (!id) {
    id = randomUUID()
    registry.set(payload, id)
  }
  return id
}
