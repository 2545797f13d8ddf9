import type { CollectionConfig, Config } from 'payload'

import { openRecommendationsEndpoint, recordFollowUpEndpoint } from './endpoints'
import { queueRecommendationEvents } from './events'

export { openRecommendations, type OpenRecommendation } from './openRecommendations'
export { recordFollowUp } from './followUp'
export { tellRecommendationsOverdue } from './overdue'

function withWorkshopHooks(collection: CollectionConfig): CollectionConfig {
  if (collection.slug !== 'workshop-sessions') return collection
  return {
    ...collection,
    endpoints: [...(collection.endpoints || []), recordFollowUpEndpoint],
    hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), queueRecommendationEvents] },
  }
}

/**
 * The knowledge workshop's application side: owners told when a recommendation is assigned to
 * them (and, by the daily upkeep, when it is overdue), the list of open recommendations, and
 * recording how one is followed up.
 */
export const withWorkshop = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(withWorkshopHooks),
  endpoints: [...(config.endpoints ?? []), openRecommendationsEndpoint],
})
