import type { Payload } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { NotificationKind } from '../../domain/notifications'
import type { WorkspaceEvent } from './events'
import type { ItemFacts } from './items'

import { queueMail } from '../mail/queue'
import { commentAnchor } from '../portalAddresses'
import { itemFacts } from './items'
import { immediateMail } from './mails'
import { type Reader, loadReaders, readableItemsFor, refKey } from './readers'
import { recipientsOf } from './recipients'

const notificationKey = (event: WorkspaceEvent, reader: Reader) => `${event.id}:${reader.id}`

async function alreadyTold(payload: Payload, key: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'notifications', overrideAccess: true, where: { key: { equals: key } } })
  return totalDocs > 0
}

/** One recipient's notification and, if they asked for it, its mail: both or neither. */
async function tell(payload: Payload, reader: Reader, kind: NotificationKind, item: ItemFacts, event: WorkspaceEvent): Promise<boolean> {
  const key = notificationKey(event, reader)
  if (await alreadyTold(payload, key)) return false
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await payload.create({
      collection: 'notifications',
      data: {
        aboutComment: event.commentId ?? null,
        actorName: event.actorName ?? null,
        comment: event.comment ?? null,
        item: { relationTo: item.ref.collection, value: item.ref.id },
        key,
        kind,
        recipient: reader.id,
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (reader.immediate.includes(kind)) await queueMail(payload, immediateMail(payload, reader, kind, item, event), req)
    await commitTransaction(req)
    return true
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Tells everyone an event concerns who may read its item now: a notification each, and a mail
 * for those who want this kind at once. A recipient the item's read rule refuses hears nothing.
 * Safe to run again for the same event: who was told is not told twice.
 */
export async function deliverEvent(payload: Payload, event: WorkspaceEvent): Promise<number> {
  const ref = { collection: event.collection, id: event.itemId }
  // About a draft (submitted, sent back): its draft is named, so only those who may work on it are told.
  const aboutDraft = event.move === 'submit' || event.move === 'send-back'
  const found = await itemFacts(payload, ref, { draft: aboutDraft })
  if (!found) return 0
  // About a comment: the link opens the conversation at that comment.
  const item = event.commentId
    ? { ...found, link: (language: 'nl' | 'en') => `${found.link(language)}#${commentAnchor(event.commentId!)}` }
    : found
  const recipients = await recipientsOf(payload, event, item)
  if (recipients.size === 0) return 0
  const readers = await loadReaders(payload, { id: { in: [...recipients.keys()] } })
  const readable = readableItemsFor(payload, [ref], aboutDraft ? 'update' : 'read')
  let told = 0
  for (const reader of readers) {
    const kind = recipients.get(String(reader.id))
    if (!kind || !(await readable(reader)).has(refKey(ref))) continue
    if (await tell(payload, reader, kind, item, event)) told += 1
  }
  return told
}
