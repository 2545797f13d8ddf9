import type { CollectionBeforeValidateHook } from 'payload'

import { reviewIntervalMonths } from '../../domain/workflow'

/** Every item gets a review-by date; without one it is due a year after it was created. */
export const defaultReviewBy: CollectionBeforeValidateHook = ({ data, operation }) => {
  if (operation !== 'create' || !data || data.reviewBy) return data
  const due = new Date()
  due.setUTCMonth(due.getUTCMonth() + reviewIntervalMonths)
  return { ...data, reviewBy: due.toISOString() }
}
