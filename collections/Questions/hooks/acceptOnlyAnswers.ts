import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { fieldRefusal } from '../../../lib/clientError'
import { idOf } from '../../../lib/idOf'

/**
 * An accepted answer is a visible comment on this very question, and accepting one marks the
 * question answered; taking it back reopens it. `answered` is never set by hand.
 */
export const acceptOnlyAnswers: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const before = idOf(originalDoc.acceptedAnswer)
  const after = 'acceptedAnswer' in data ? idOf(data.acceptedAnswer) : before
  if (after === before) {
    if (data.status === 'answered' && !after)
      throw fieldRefusal(req, 'status', {
        en: 'status: a question becomes answered by accepting an answer (acceptedAnswer). Choose "open" or "closed".',
        nl: 'status: een vraag wordt beantwoord door een antwoord te accepteren (acceptedAnswer). Kies "open" of "closed".',
      })
    return data
  }
  if (!after) return { ...data, acceptedAnswer: null, acceptedAt: null, status: data.status === 'closed' ? 'closed' : 'open' }
  const answer = (await req.payload.db.findOne({ collection: 'comments' as CollectionSlug, req, where: { id: { equals: after } } })) as {
    threadKey?: string
    state?: string
  } | null
  if (!answer || answer.threadKey !== `questions:${originalDoc.id}` || answer.state !== 'visible')
    throw fieldRefusal(req, 'acceptedAnswer', {
      en: `acceptedAnswer: comment ${after} is not a visible answer to this question. Accept one of the answers below it.`,
      nl: `acceptedAnswer: reactie ${after} is geen zichtbaar antwoord op deze vraag. Accepteer een van de antwoorden eronder.`,
    })
  return { ...data, acceptedAnswer: after, acceptedAt: new Date().toISOString(), status: 'answered' }
}
