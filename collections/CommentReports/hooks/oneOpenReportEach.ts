import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { readableIds } from '../../../domain/access'
import { fieldRefusal } from '../../../lib/clientError'
import { idOf } from '../../../lib/idOf'

/** One may report a comment one can read, once while the curators have not decided on it. */
export const oneOpenReportEach: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user) return data
  const comment = idOf(data.comment)
  if (!comment || !(await readableIds(req, 'comments' as CollectionSlug, [comment])).has(comment))
    throw fieldRefusal(req, 'comment', {
      en: `comment: there is no comment with id ${comment ?? '(none)'} that you may read.`,
      nl: `comment: er is geen reactie met id ${comment ?? '(geen)'} die u mag lezen.`,
    })
  const { totalDocs } = await req.payload.db.count({
    collection: 'comment-reports' as CollectionSlug,
    req,
    where: { and: [{ comment: { equals: comment } }, { reporter: { equals: req.user.id } }, { state: { equals: 'open' } }] },
  })
  if (totalDocs > 0)
    throw fieldRefusal(
      req,
      'comment',
      {
        en: 'comment: you already reported this comment; the curators will decide on it and you will be told.',
        nl: 'comment: u hebt deze reactie al gemeld; de redactie beslist erover en u hoort het.',
      },
      409,
    )
  return data
}
