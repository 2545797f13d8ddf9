import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { ConversionTarget } from '../../domain/conversation'

import { fieldRefusal } from '../../lib/clientError'
import { idOf } from '../../lib/idOf'
import { richTextToPlain } from '../../lib/richTextToPlain'

type Comment = {
  id: string | number
  item?: { relationTo?: string; value?: unknown } | null
  body?: unknown
  organisation?: unknown
  state?: string
  createdAt?: string
  authorName?: string | null
  convertedTo?: unknown
}

export type Conversion = { to: ConversionTarget; intervention?: string; municipality?: string; title?: string }
export type Converted = { collection: ConversionTarget; id: string }

const firstOfMonth = (date: string | undefined) => {
  const when = date ? new Date(date) : new Date()
  return new Date(Date.UTC(when.getUTCFullYear(), when.getUTCMonth(), 1)).toISOString()
}

async function titleOfThread(payload: Payload, comment: Comment): Promise<string> {
  const id = idOf(comment.item?.value)
  if (!comment.item?.relationTo || !id) return ''
  const item = await payload.findByID({
    collection: comment.item.relationTo as never,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
  })
  const title = (item as { title?: unknown } | null)?.title
  return typeof title === 'string' ? title : ''
}

/** The card a comment is about: the card it is on, or the card its question is about. */
async function cardOfThread(req: PayloadRequest, comment: Comment): Promise<string | undefined> {
  const id = idOf(comment.item?.value)
  if (comment.item?.relationTo === 'interventions') return id
  if (comment.item?.relationTo !== 'questions' || !id) return undefined
  const question = await req.payload.findByID({ collection: 'questions', depth: 0, disableErrors: true, id, overrideAccess: true, req })
  const about = question?.about as { relationTo?: string; value?: unknown } | null | undefined
  return about?.relationTo === 'interventions' ? idOf(about.value) : undefined
}

/** The draft a comment becomes: an experience of a municipality with a card, or a good practice of the writer's organisation. */
async function draftFrom(
  req: PayloadRequest,
  comment: Comment,
  conversion: Conversion,
): Promise<{ collection: ConversionTarget; data: Record<string, unknown> }> {
  const text = richTextToPlain(comment.body)
  const source = comment.authorName ? `\n\n(${comment.authorName})` : ''
  if (conversion.to === 'experiences') {
    const onCard = await cardOfThread(req, comment)
    const intervention = conversion.intervention ?? onCard
    if (!intervention)
      throw fieldRefusal(req, 'intervention', {
        en: 'intervention: say which intervention card this experience is about (the comment is not on a card).',
        nl: 'intervention: geef aan over welke interventiekaart deze ervaring gaat (de reactie staat niet bij een kaart).',
      })
    const municipality = conversion.municipality ?? idOf(comment.organisation)
    const found = municipality
      ? await req.payload.findByID({
          collection: 'organisations',
          depth: 0,
          disableErrors: true,
          id: municipality,
          overrideAccess: true,
          req,
        })
      : null
    if (!found || found.type !== 'municipality')
      throw fieldRefusal(req, 'municipality', {
        en: 'municipality: an experience is a municipality’s; the writer does not speak for one. Choose the municipality.',
        nl: 'municipality: een ervaring is van een gemeente; de schrijver spreekt niet namens een gemeente. Kies de gemeente.',
      })
    return {
      collection: 'experiences',
      data: {
        intervention,
        municipality: String(found.id),
        ownerOrganisation: String(found.id),
        period: { from: firstOfMonth(comment.createdAt) },
        result: `${text}${source}`,
        visibility: 'partners',
        wouldRecommend: false,
      },
    }
  }
  const title = conversion.title?.trim() || (await titleOfThread(req.payload, comment)) || text.slice(0, 80)
  return {
    collection: 'good-practices',
    data: {
      approach: `${text}${source}`,
      ...(idOf(comment.organisation) ? { ownerOrganisation: idOf(comment.organisation) } : {}),
      title: title.slice(0, 200),
      visibility: 'partners',
    },
  }
}

/**
 * A curator turns an answer into knowledge: a draft experience on a card or a draft good practice,
 * with the comment's words, linked both ways (`fromComment`, `convertedTo`). The draft goes
 * through review like any other; the municipality or organisation completes it.
 */
export async function convertComment(req: PayloadRequest, commentId: string, conversion: Conversion): Promise<Converted> {
  const comment = (await req.payload.findByID({
    collection: 'comments',
    depth: 0,
    disableErrors: true,
    id: commentId,
    overrideAccess: false,
    req,
    user: req.user,
  })) as unknown as Comment | null
  if (!comment)
    throw fieldRefusal(
      req,
      'id',
      { en: `There is no comment with id ${commentId} that you may read.`, nl: `Er is geen reactie met id ${commentId} die u mag lezen.` },
      404,
    )
  if (comment.state !== 'visible')
    throw fieldRefusal(
      req,
      'id',
      { en: 'Only a visible comment can be turned into knowledge.', nl: 'Alleen een zichtbare reactie kan worden omgezet.' },
      409,
    )
  if (comment.convertedTo)
    throw fieldRefusal(
      req,
      'id',
      {
        en: 'This comment was already turned into an item: open that item instead.',
        nl: 'Deze reactie is al omgezet in een item: open dat item.',
      },
      409,
    )
  const draft = await draftFrom(req, comment, conversion)
  await initTransaction(req)
  try {
    const created = await req.payload.create({
      collection: draft.collection,
      data: { ...draft.data, fromComment: comment.id, workflowStatus: 'draft' } as never,
      depth: 0,
      draft: true,
      overrideAccess: false,
      req,
      user: req.user,
    })
    await req.payload.update({
      collection: 'comments',
      data: { convertedTo: { relationTo: draft.collection, value: created.id } } as never,
      depth: 0,
      id: comment.id,
      overrideAccess: true,
      req,
    })
    await commitTransaction(req)
    return { collection: draft.collection, id: String(created.id) }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
