import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { Progress } from '../../../lib/progress'
import type { SearchDocument, SearchEngine, SearchPluginOptions } from '../types'

import { toSearchDocument } from '../documents'
import { searchLocales } from '../types'

const pageSize = 100

/** Fills `engine` with every published item in every locale, a page at a time, with progress. */
export async function indexEverything(
  payload: Payload,
  options: SearchPluginOptions,
  engine: SearchEngine,
  progress?: Progress,
): Promise<number> {
  // One request for the whole run: lookups the facets make are made once.
  const req = await createLocalReq({}, payload)
  let indexed = 0
  for (const collection of Object.keys(options.collections)) {
    const where = { _status: { equals: 'published' } }
    const { totalDocs } = await payload.count({ collection: collection as never, overrideAccess: true, where })
    let done = 0
    progress?.step(`index ${collection}`, 0, totalDocs)
    for (let page = 1; done < totalDocs; page += 1) {
      const documents: SearchDocument[] = []
      let pageItems = 0
      for (const locale of searchLocales) {
        const { docs } = await payload.find({
          collection: collection as never,
          depth: 1,
          limit: pageSize,
          locale,
          overrideAccess: true,
          page,
          req,
          sort: 'id',
          where,
        })
        pageItems = docs.length
        for (const item of docs) documents.push(await toSearchDocument(collection, item as never, locale, options, req))
      }
      if (pageItems === 0) break
      await engine.upsert(documents)
      done += pageItems
      indexed += pageItems
      progress?.step(`index ${collection}`, done, totalDocs)
    }
  }
  return indexed
}
