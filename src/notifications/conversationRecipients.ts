import type { CollectionSlug, Payload } from 'payload'

import type { NotificationKind } from '../../domain/notifications'
import type { WorkspaceEvent } from './events'
import type { ItemFacts } from './items'

import { threadKeyOf } from '../../domain/conversation'
import { followKeyOf } from '../../domain/notifications'
import { idOf } from '../../lib/idOf'
import { themeTreeOf } from '../taxonomy/themeTree'
import { followersOf } from './followers'

type StoredComment = { id: string | number; author?: unknown; parent?: unknown; state?: string; threadKey?: string }

const findComment = async (payload: Payload, id: string) =>
  (await payload.db.findOne({ collection: 'comments' as CollectionSlug, where: { id: { equals: id } } })) as StoredComment | null

async function membersOf(payload: Payload, organisations: string[]): Promise<string[]> {
  if (organisations.length === 0) return []
  const { docs } = await payload.db.find({
    collection: 'users',
    limit: 0,
    pagination: false,
    select: { id: true },
    where: { organisation: { in: organisations } },
  })
  return docs.map((doc) => String(doc.id))
}

/** Everyone and every organisation's members a set of mention keys (`users:3`, `organisations:7`) names. */
export async function mentionedUsers(payload: Payload, keys: readonly string[]): Promise<string[]> {
  const ids = (prefix: string) => keys.filter((key) => key.startsWith(`${prefix}:`)).map((key) => key.slice(prefix.length + 1))
  return [...new Set([...ids('users'), ...(await membersOf(payload, ids('organisations')))])]
}

/** Who wrote in a thread: they take part in the conversation. */
async function participantsOf(payload: Payload, threadKey: string): Promise<string[]> {
  const { docs } = await payload.db.find({
    collection: 'comments' as CollectionSlug,
    limit: 0,
    pagination: false,
    select: { author: true },
    where: { threadKey: { equals: threadKey } },
  })
  return [...new Set(docs.map((doc) => idOf((doc as StoredComment).author)).filter((id): id is string => Boolean(id)))]
}

/**
 * Who is told what about a conversation event, before access is checked per recipient. The
 * strongest reason wins: a mention over a reply, a reply over "something new in a conversation
 * you are in".
 */
export async function conversationRecipients(
  payload: Payload,
  event: WorkspaceEvent,
  item: ItemFacts,
): Promise<Map<string, NotificationKind>> {
  const told = new Map<string, NotificationKind>()
  const tell = (users: string[], kind: NotificationKind) => users.forEach((user) => told.set(user, kind))
  const comment = event.commentId ? await findComment(payload, event.commentId) : null
  switch (event.move) {
    case 'comment': {
      if (comment?.state !== 'visible') return told
      if (!event.edited) {
        const threadKey = threadKeyOf(item.ref.collection, item.ref.id)
        tell(
          [...(await followersOf(payload, [followKeyOf(item.ref.collection, item.ref.id)])), ...(await participantsOf(payload, threadKey))],
          'commented',
        )
        tell(item.authors, item.ref.collection === 'questions' ? 'replied' : 'commented')
        const parent = idOf(comment.parent)
        const parentAuthor = parent ? idOf((await findComment(payload, parent))?.author) : undefined
        if (parentAuthor) tell([parentAuthor], 'replied')
      }
      tell(await mentionedUsers(payload, event.mentioned ?? []), 'mentioned')
      break
    }
    case 'hide': {
      if (!comment) return told
      const { docs } = await payload.db.find({
        collection: 'comment-reports' as CollectionSlug,
        limit: 0,
        pagination: false,
        select: { reporter: true },
        where: { comment: { equals: comment.id } },
      })
      const reporters = docs.map((doc) => idOf((doc as { reporter?: unknown }).reporter)).filter((id): id is string => Boolean(id))
      tell([...reporters, ...[idOf(comment.author)].filter((id): id is string => Boolean(id))], 'comment-hidden')
      break
    }
    case 'ask': {
      const tree = await themeTreeOf(payload)
      tell(
        await followersOf(
          payload,
          tree.idsCountedFor(item.themes).map((id) => followKeyOf('themes', id)),
        ),
        'question-asked',
      )
      tell(await membersOf(payload, item.concerns ?? []), 'question-asked')
      tell(await mentionedUsers(payload, event.mentioned ?? []), 'mentioned')
      break
    }
    case 'accept': {
      const author = idOf(comment?.author)
      if (author && comment?.state === 'visible') tell([author], 'answer-accepted')
      break
    }
  }
  return told
}
