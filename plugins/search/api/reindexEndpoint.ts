import type { Endpoint } from 'payload'

import type { SearchPluginOptions } from '../types'

import { guardedEndpoint } from '../../../lib/endpointAccess'
import { engineOf, hasEngine } from '../registry'
import { rebuildIndex } from '../sync/rebuild'

/** POST /api/search/reindex: rebuilds this process's index beside the live one and swaps. */
export const reindexEndpoint = (options: SearchPluginOptions): Endpoint =>
  guardedEndpoint({
    handler: async (req) => {
      if (!hasEngine(req.payload)) {
        return Response.json({ errors: [{ message: 'Search is not running in this process.' }] }, { status: 503 })
      }
      const started = performance.now()
      const engine = await rebuildIndex(req.payload, options, engineOf(req.payload))
      const documents = (await engine.documentIds()).length
      return Response.json({ documents, engine: engine.name, tookMs: Math.round(performance.now() - started) })
    },
    method: 'post',
    path: '/search/reindex',
    refusal: {
      forbidden: 'Only administrators can rebuild the search index.',
      signIn: 'Sign in as an administrator to rebuild the search index.',
    },
    rule: options.access.rebuild,
  })
