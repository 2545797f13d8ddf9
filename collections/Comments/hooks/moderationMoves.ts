import type { CollectionBeforeChangeHook } from 'payload'

import { isCurator, type SessionUser } from '../../../domain/access'
import { withinEditWindow, commentEditHours } from '../../../domain/conversation'
import { fieldRefusal } from '../../../lib/clientError'
import { idOf } from '../../../lib/idOf'
import { richTextToPlain } from '../../../lib/richTextToPlain'

const sameText = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * What may change in a comment after it is posted, and by whom: its author edits the text within
 * the edit window and deletes it at any time (the text goes, a placeholder stays); curators hide
 * it with a reason and restore it. A deleted comment stays deleted.
 */
export const moderationMoves: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc || !req.user) return data
  const user = req.user as SessionUser
  const isAuthor = idOf(originalDoc.author) === String(user.id)
  const from = originalDoc.state ?? 'visible'
  const to = data.state ?? from
  const textChanged = 'body' in data && !sameText(data.body, originalDoc.body)

  if (from === 'deleted' && (to !== 'deleted' || textChanged))
    throw fieldRefusal(req, 'state', {
      en: 'state: this comment was deleted by its author and cannot be changed. Write a new comment instead.',
      nl: 'state: deze reactie is door de schrijver verwijderd en kan niet meer worden gewijzigd. Schrijf een nieuwe reactie.',
    })

  if (to !== from) {
    if (to === 'deleted') {
      if (!isAuthor)
        throw fieldRefusal(req, 'state', {
          en: 'state: only its author deletes a comment. Curators hide it with a reason ("hidden").',
          nl: 'state: alleen de schrijver verwijdert een reactie. De redactie verbergt haar met een reden ("hidden").',
        })
      return { ...data, body: null, mentions: [], moderationReason: null, unreachedMentions: [] }
    }
    if (!isCurator(user))
      throw fieldRefusal(req, 'state', {
        en: 'state: only curators hide or restore comments. Report the comment if something is wrong with it.',
        nl: 'state: alleen de redactie verbergt of herstelt reacties. Meld de reactie als er iets mis mee is.',
      })
    const reason = typeof data.moderationReason === 'string' ? data.moderationReason.trim() : ''
    if (to === 'hidden' && !reason)
      throw fieldRefusal(req, 'moderationReason', {
        en: 'moderationReason: say why the comment is hidden; its author and those who reported it read this.',
        nl: 'moderationReason: geef aan waarom de reactie verborgen wordt; de schrijver en wie haar meldde lezen dit.',
      })
    return {
      ...data,
      moderatedAt: new Date().toISOString(),
      moderatedBy: user.id,
      moderationReason: to === 'hidden' ? reason : (data.moderationReason ?? originalDoc.moderationReason ?? null),
    }
  }

  if (!textChanged) return data
  if (from !== 'visible')
    throw fieldRefusal(req, 'body', {
      en: 'body: a hidden comment cannot be edited. Write a new comment instead.',
      nl: 'body: een verborgen reactie kan niet worden bewerkt. Schrijf een nieuwe reactie.',
    })
  if (!isAuthor || !withinEditWindow(originalDoc.createdAt))
    throw fieldRefusal(req, 'body', {
      en: `body: a comment can be changed by its author for ${commentEditHours} hours after posting. Write a new comment (or reply) instead.`,
      nl: `body: een reactie kan ${commentEditHours} uur na plaatsen door de schrijver worden gewijzigd. Schrijf een nieuwe reactie (of antwoord).`,
    })
  if (!richTextToPlain(data.body))
    throw fieldRefusal(req, 'body', {
      en: 'body: an edited comment cannot be empty. Delete it instead (state "deleted").',
      nl: 'body: een bewerkte reactie kan niet leeg zijn. Verwijder haar in plaats daarvan (state "deleted").',
    })
  return { ...data, editedAt: new Date().toISOString() }
}
