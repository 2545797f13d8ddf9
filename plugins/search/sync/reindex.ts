import type { Payload } from 'payload'

import type { Progress } from '../../../src/lib/progress'
import type { SearchDocument, SearchEngine, SearchPluginOptions, SearchableCollection } from '../types'

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
  let indexed = 0
  for (const collection of Object.keys(options.collections) as SearchableCollection[]) {
    const where = { _status: { equals: 'published' } }
    const { totalDocs } = await payload.count({ collection, overrideAccess: true, where })
    let done = 0
    progress?.step(`index ${collection}`, 0, totalDocs)
    for (let page = 1; done < totalDocs; page += 1) {
      const documents: SearchDocument[] = []
      let pageItems = 0
      for (const locale of searchLocales) {
        const { docs } = await payload.find({ collection, depth: 1, limit: pageSize, locale, overrideAccess: true, page, sort: 'id', where })
        pageItems = docs.length
        for (const item of docs) documents.push(toSearchDocument(collection, item as never, locale, options.collections[collection]))
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
