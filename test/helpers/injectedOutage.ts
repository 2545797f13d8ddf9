import type { SearchEngine } from '../../plugins/search/types'

import { SearchEngineUnavailableError } from '../../plugins/search/engine/errors'

/**
 * The real engine behind a switch that makes every call fail the way an unreachable engine does:
 * an injected outage, not a stand-in for the engine.
 */
export function withInjectedOutage(engine: SearchEngine) {
  let down = false
  const call = <T>(work: () => Promise<T>) =>
    down ? Promise.reject(new SearchEngineUnavailableError('The search engine does not answer (injected outage).')) : work()
  const faulty: SearchEngine = {
    clear: () => call(() => engine.clear()),
    documentIds: () => call(() => engine.documentIds()),
    health: async () => (down ? { detail: 'injected outage', ok: false } : engine.health()),
    name: engine.name,
    remove: (ids) => call(() => engine.remove(ids)),
    removeItem: (type, itemId) => call(() => engine.removeItem(type, itemId)),
    search: (query) => call(() => engine.search(query)),
    setSynonyms: (groups) => call(() => engine.setSynonyms(groups)),
    upsert: (documents) => call(() => engine.upsert(documents)),
  }
  return { engine: faulty, restore: () => (down = false), stop: () => (down = true) }
}
