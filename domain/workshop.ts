/**
 * The knowledge workshop's sessions and what they recommend. A recommendation has an owner
 * organisation that follows it up; until it is done or dropped it is open, and past its due date
 * it is overdue: owners are told when one is assigned to them and when it becomes overdue.
 */
export const recommendationStatuses = ['open', 'in-progress', 'done', 'dropped'] as const
export type RecommendationStatus = (typeof recommendationStatuses)[number]

/** Still to be followed up. */
export const openRecommendationStatuses: readonly RecommendationStatus[] = ['open', 'in-progress']

export const isOpenRecommendation = (status: unknown): boolean => openRecommendationStatuses.includes(status as RecommendationStatus)

/** Overdue: still open on a day after its due date. */
export const isOverdue = (recommendation: { status?: unknown; dueDate?: string | null }, now: Date): boolean =>
  isOpenRecommendation(recommendation.status) &&
  Boolean(recommendation.dueDate) &&
  new Date(recommendation.dueDate!).getTime() < now.getTime()

/** The collections whose items carry recommendations with owners. */
export const recommendingSlugs = ['workshop-sessions', 'knowledge-cases'] as const
export type RecommendingSlug = (typeof recommendingSlugs)[number]
