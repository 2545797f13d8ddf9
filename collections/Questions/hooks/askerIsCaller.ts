import type { CollectionBeforeValidateHook } from 'payload'

/** The asker is whoever asks; the question starts open, without answers. */
export const askerIsCaller: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  return { ...data, acceptedAnswer: null, answerCount: 0, askedBy: req.user?.id ?? data.askedBy, status: 'open' }
}
