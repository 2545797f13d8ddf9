import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import { threadKeyOf } from '../../domain/conversation'
import { idOf } from '../../lib/idOf'
import { richTextToPlain } from '../../lib/richTextToPlain'
import { personLabel } from '../../collections/hooks/personLabel'
import { type ItemRef, loadReaders, readableItemsFor, refKey } from '../notifications/readers'
import { type Mentionable, mentionables, mentionsIn } from './mentions'

type Ref = { relationTo?: string; value?: unknown } | null | undefined

/** Whether anyone a mention names may read the item: the person, or at least one member of the organisation. */
async function reachesSomeone(req: PayloadRequest, mention: Mentionable, ref: ItemRef, within?: PayloadRequest) {
  const where: Where = mention.relationTo === 'users' ? { id: { equals: mention.id } } : { organisation: { equals: mention.id } }
  const readers = await loadReaders(req.payload, where)
  const readable = readableItemsFor(req.payload, [ref], 'read', within)
  for (const reader of readers) if ((await readable(reader)).has(refKey(ref))) return true
  return false
}

/**
 * Who a text mentions (`@Gemeente Leiden`, `@Lotte Jansen`), split into those who may read the
 * item it is on (they are told) and the names of those who may not (nobody is told, and the
 * writer reads that).
 */
async function mentionsReaching(req: PayloadRequest, body: unknown, ref: ItemRef, within?: PayloadRequest) {
  const text = richTextToPlain(body)
  // Most messages mention nobody: the names of every account are read only when there is an `@`.
  const mentioned = text.includes('@') ? mentionsIn(text, await mentionables(req.payload)) : []
  const mentions: Array<{ relationTo: Mentionable['relationTo']; value: string }> = []
  const unreachedMentions: string[] = []
  for (const mention of mentioned) {
    if (await reachesSomeone(req, mention, ref, within)) mentions.push({ relationTo: mention.relationTo, value: mention.id })
    else unreachedMentions.push(mention.name)
  }
  return { mentions, unreachedMentions }
}

const textChanged = (operation: string, data: Record<string, unknown>, originalDoc: Record<string, unknown> | undefined) =>
  operation === 'create' || ('body' in data && JSON.stringify(data.body) !== JSON.stringify(originalDoc?.body))

/**
 * A comment's mentions, worked out from its text when it is written or edited. The writer's name
 * is stored as colleagues know them, since members cannot open each other's accounts.
 */
export const resolveCommentMentions: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const named = operation === 'create' && req.user ? { authorName: (await personLabel(req, req.user)) ?? null } : {}
  if (!textChanged(operation, data, originalDoc) || (data.state ?? originalDoc?.state) === 'deleted') return { ...data, ...named }
  const item = (data.item ?? originalDoc?.item) as Ref
  const id = idOf(item?.value)
  if (!item?.relationTo || !id) return { ...data, ...named }
  const ref = { collection: item.relationTo, id }
  return {
    ...data,
    ...named,
    ...(await mentionsReaching(req, data.body, ref)),
    threadKey: data.threadKey ?? threadKeyOf(ref.collection, ref.id),
  }
}

/**
 * A question's mentions, once it exists: who may read it depends on its own visibility, so the
 * check reads the question inside the write that makes it.
 */
export const resolveQuestionMentions: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (operation === 'update' && JSON.stringify(doc.body) === JSON.stringify(previousDoc?.body)) return doc
  const found = await mentionsReaching(req, doc.body, { collection: 'questions', id: String(doc.id) }, req)
  await req.payload.db.updateOne({ collection: 'questions' as CollectionSlug, data: found, id: doc.id, req })
  return { ...doc, ...found }
}

/** The asker as colleagues know them, since members cannot open each other's accounts. */
export const nameTheAsker: CollectionBeforeChangeHook = async ({ data, operation, req }) =>
  operation === 'create' && req.user ? { ...data, askerName: (await personLabel(req, req.user)) ?? null } : data
