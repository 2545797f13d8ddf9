import type { CollectionSlug } from 'payload'

import { knowledgeCollectionSlugs } from '../../collections/fields/knowledge'

/** Collections whose items go through review. */
export const reviewedCollections: CollectionSlug[] = [...knowledgeCollectionSlugs, 'experiences']

/** Collections whose items carry a review-by date. */
export const datedCollections: CollectionSlug[] = [...knowledgeCollectionSlugs]
