import type { SearchPluginOptions } from '../plugins/search'

import { metrics } from './observability/metrics'

/** Which collections are searchable, where their pages live and which text sections count. */
export const searchOptions: SearchPluginOptions = {
  collections: {
    'good-practices': {
      path: '/goede-praktijken',
      textFields: ['problem', 'approach', 'implementation', 'results', 'resourcesNeeded', 'difficulties', 'transferability'],
    },
    interventions: {
      path: '/interventies',
      textFields: ['goal', 'emmie.effect', 'emmie.mechanism', 'emmie.moderators', 'emmie.implementation', 'emmie.cost'],
    },
    'knowledge-cases': {
      path: '/casussen',
      textFields: ['vignette', 'bottleneck', 'whatWorked', 'learningQuestion'],
    },
    'lessons-learned': {
      path: '/lessen',
      textFields: ['project', 'context', 'observation', 'lesson', 'recommendation', 'evidence', 'facilitatingFactors', 'hinderingFactors'],
    },
  },
  onSearched: ({ engine, seconds }) => metrics.searchDuration.observe({ engine }, seconds),
}
