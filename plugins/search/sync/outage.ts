import type { Payload } from 'payload'

const registryKey = Symbol.for('weerbaar.searchOutages')
type Outages = WeakMap<Payload, { since: Date; reason: string }>

/** Shared through the global symbol registry, like the engine itself (the Next bundle has its own module copy). */
const outages = (): Outages => {
  const store = globalThis as unknown as Record<symbol, Outages | undefined>
  return (store[registryKey] ??= new WeakMap())
}

/** An index change found the engine unreachable: the worker waits for it instead of burning retries. */
export function reportOutage(payload: Payload, reason: string): void {
  if (!outages().has(payload)) outages().set(payload, { reason, since: new Date() })
}

export function outageOf(payload: Payload): { since: Date; reason: string } | undefined {
  return outages().get(payload)
}

export function endOutage(payload: Payload): void {
  outages().delete(payload)
}
