import type { DescribeChange } from '../../plugins/audit-log'

import { moveOf } from '../../plugins/editorial-workflow'

/**
 * Names a write to a knowledge item by its workflow move (submit, send back, publish, ...), with
 * the curator's comment or privacy override reason where there is one.
 */
export const describeEditorialChange: DescribeChange = ({ collection, doc, operation, previousDoc, req }) => {
  const overrides: Array<{ reason?: string }> = doc.privacyReview?.overrides ?? []
  const override =
    overrides.length > (previousDoc?.privacyReview?.overrides?.length ?? 0)
      ? `Privacy check overridden: ${overrides.at(-1)?.reason}`
      : undefined
  if (operation === 'create') {
    return doc._status === 'published' ? [{ action: 'create' }, { action: 'publish', comment: override }] : [{ action: 'create' }]
  }
  const move = moveOf(req, collection.slug, doc.id)
  if (!move || move === 'save') return [{ action: 'update', comment: override }]
  if (move === 'send-back') return [{ action: move, comment: doc.reviewComment ?? undefined }]
  return [{ action: move, comment: override }]
}
