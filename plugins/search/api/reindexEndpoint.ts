import type { Endpoint } from 'payload'

import { isAdmin, type SessionUser } from '../../../src/access'
import { engineOf, hasEngine } from '../registry'
import { searchOptionsOf } from '../runtime'
import { rebuildIndex } from '../sync/rebuild'

/** POST /api/search/reindex (admins): rebuilds this process's index beside the live one and swaps. */
export const reindexEndpoint: Endpoint = {
  handler: async (req) => {
    if (!isAdmin(req.user as SessionUser | null)) {
      return Response.json({ errors: [{ message: 'Only administrators can rebuild the search index.' }] }, { status: 403 })
    }
    if (!hasEngine(req.payload)) {
      return Response.json({ errors: [{ message: 'Search is not running in this process.' }] }, { status: 503 })
    }
    const started = performance.now()
    const engine = await rebuildIndex(req.payload, searchOptionsOf(req.payload), engineOf(req.payload))
    const documents = (await engine.documentIds()).length
    return Response.json({ documents, engine: engine.name, tookMs: Math.round(performance.now() - started) })
  },
  method: 'post',
  path: '/search/reindex',
}
