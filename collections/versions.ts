import type { CollectionConfig } from 'payload'

/** Knowledge items keep a history and are written as drafts until a curator publishes them. */
export const knowledgeVersions: CollectionConfig['versions'] = {
  drafts: { validate: false },
  maxPerDoc: 50,
}
