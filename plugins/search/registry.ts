import type { Payload } from 'payload'

import type { SearchEngine } from './types'

const registryKey = Symbol.for('weerbaar.searchEngines')
type Registry = WeakMap<Payload, SearchEngine>

/**
 * The engine of a Payload instance. Kept in the global symbol registry so the Next bundle, which
 * has its own copy of this module, reaches the same in-memory index as the express host.
 */
const registry = (): Registry => {
  const store = globalThis as unknown as Record<symbol, Registry | undefined>
  return (store[registryKey] ??= new WeakMap())
}

export function engineOf(payload: Payload): SearchEngine {
  const engine = registry().get(payload)
  if (!engine) throw new Error('The search engine is not running: the search plugin did not initialise.')
  return engine
}

export function setEngine(payload: Payload, engine: SearchEngine): void {
  registry().set(payload, engine)
}

export function hasEngine(payload: Payload): boolean {
  return registry().has(payload)
}
