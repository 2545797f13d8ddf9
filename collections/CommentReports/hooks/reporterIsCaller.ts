import type { CollectionBeforeValidateHook } from 'payload'

/** A report is always the caller's own, and starts undecided. */
export const reporterIsCaller: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  return { ...data, reporter: req.user?.id ?? data.reporter, state: 'open' }
}
