type WriteArgs = { data: Record<string, unknown>; originalDoc?: Record<string, unknown> }

/**
 * When an item is checked for personal data: when it is submitted for review and when it is
 * published. Saving a draft is never blocked, so work in progress is not lost.
 */
export const isSubmitOrPublish = ({ data, originalDoc }: WriteArgs): boolean =>
  data._status === 'published' || (data.workflowStatus === 'in-review' && originalDoc?.workflowStatus !== 'in-review')

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * Conversation (comments, questions, reports) has no review: it is checked whenever its text is
 * written, because talk about cases invites names. Hiding or deleting, which leave the text as
 * it was or remove it, is never blocked.
 */
export const whenTextChanges =
  (fields: readonly string[]) =>
  ({ data, originalDoc }: WriteArgs): boolean =>
    !originalDoc || fields.some((field) => field in data && !sameValue(data[field], originalDoc[field]))

export const isNewOrChangedText = whenTextChanges(['body', 'title', 'reason'])

/** Workshop sessions record what was said about real cases: checked whenever their texts are written. */
export const isNewOrChangedMinutes = whenTextChanges(['title', 'agenda', 'minutes', 'recommendations'])
