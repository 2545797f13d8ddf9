import type { Payload, Where } from 'payload'

import type { CommentableSlug } from '../../domain/conversation'

import { isCurator, organisationOf, type SessionUser } from '../../domain/access'
import { threadKeyOf, unansweredAfterDays, withinEditWindow } from '../../domain/conversation'
import { idOf } from '../../lib/idOf'
import { richTextToPlain } from '../../lib/richTextToPlain'

/** A thread is read whole up to this many comments; a longer one shows its newest. */
export const mostCommentsShown = 1000

export type ThreadComment = {
  id: string
  authorName: string
  createdAt: string
  editedAt?: string
  state: 'visible' | 'hidden' | 'deleted'
  body: unknown
  moderationReason?: string
  unreachedMentions: string[]
  convertedTo?: { relationTo: string; value: string }
  mine: boolean
  mayEdit: boolean
  openReports: number
  replies: ThreadComment[]
  lastActivity: string
}

type Stored = Record<string, any>

/** A thread shows this many conversations (a comment with its replies) at first; the rest are one link away. */
export const conversationsShownFirst = 30

export type Thread = { comments: ThreadComment[]; total: number; conversations: number }

type Outline = { id: string; parent?: string; createdAt: string }

/**
 * The conversation on an item or question as this reader may read it: top-level comments with
 * the newest activity first, each with its replies in order; the first `conversationsShownFirst`
 * unless `all`. The order is worked out from the comments' outline, and only the comments shown
 * are read whole. Nothing for anonymous readers.
 */
export async function threadOf(
  payload: Payload,
  user: unknown,
  collection: CommentableSlug,
  id: string,
  { all = false } = {},
): Promise<Thread> {
  if (!user) return { comments: [], conversations: 0, total: 0 }
  const reader = user as SessionUser
  const asReader = { depth: 0, overrideAccess: false, user: user as never } as const
  const { docs: outline } = await payload.find({
    ...asReader,
    collection: 'comments',
    limit: mostCommentsShown,
    select: { createdAt: true, parent: true },
    sort: '-createdAt',
    where: { threadKey: { equals: threadKeyOf(collection, id) } },
  })
  const rows: Outline[] = (outline as Stored[]).map((row) => ({ createdAt: row.createdAt, id: String(row.id), parent: idOf(row.parent) }))
  const known = new Set(rows.map((row) => row.id))
  const isTop = (row: Outline) => !row.parent || !known.has(row.parent)
  const lastActivity = new Map<string, string>()
  for (const row of rows) {
    const top = isTop(row) ? row.id : row.parent!
    if ((lastActivity.get(top) ?? '') < row.createdAt) lastActivity.set(top, row.createdAt)
  }
  const order = [...lastActivity.entries()].sort(([, a], [, b]) => b.localeCompare(a)).map(([top]) => top)
  const shownTops = new Set(all ? order : order.slice(0, conversationsShownFirst))
  const shownIds = rows.filter((row) => shownTops.has(isTop(row) ? row.id : row.parent!)).map((row) => row.id)
  const { docs } = shownIds.length
    ? await payload.find({
        ...asReader,
        collection: 'comments',
        limit: shownIds.length,
        pagination: false,
        sort: 'createdAt',
        where: { id: { in: shownIds } },
      })
    : { docs: [] }
  const reports = isCurator(reader) ? await openReportsOn(payload, shownIds) : new Map<string, number>()
  const shaped = (docs as Stored[]).map((row): ThreadComment & { parent?: string } => ({
    authorName: row.authorName ?? '',
    body: row.body,
    convertedTo: row.convertedTo ? { relationTo: row.convertedTo.relationTo, value: idOf(row.convertedTo.value)! } : undefined,
    createdAt: row.createdAt,
    editedAt: row.editedAt ?? undefined,
    id: String(row.id),
    lastActivity: lastActivity.get(String(row.id)) ?? row.createdAt,
    mayEdit: idOf(row.author) === String(reader.id) && row.state === 'visible' && withinEditWindow(row.createdAt),
    mine: idOf(row.author) === String(reader.id),
    moderationReason: row.moderationReason ?? undefined,
    openReports: reports.get(String(row.id)) ?? 0,
    parent: idOf(row.parent),
    replies: [],
    state: row.state ?? 'visible',
    unreachedMentions: row.unreachedMentions ?? [],
  }))
  const byId = new Map(shaped.map((comment) => [comment.id, comment]))
  const top: ThreadComment[] = []
  for (const comment of shaped) {
    const parent = comment.parent ? byId.get(comment.parent) : undefined
    if (parent) parent.replies.push(comment)
    else top.push(comment)
  }
  return { comments: top.sort((a, b) => b.lastActivity.localeCompare(a.lastActivity)), conversations: order.length, total: rows.length }
}

async function openReportsOn(payload: Payload, ids: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (ids.length === 0) return counts
  const { docs } = await payload.find({
    collection: 'comment-reports',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { comment: true },
    where: { and: [{ comment: { in: ids } }, { state: { equals: 'open' } }] },
  })
  for (const doc of docs) {
    const id = idOf(doc.comment)
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

export type QuestionFilters = { status?: string; theme?: string; concerns?: string; unanswered?: boolean; about?: string }

/** Questions this reader may read, newest first, filtered as the questions page asks. */
export async function questionsFor(payload: Payload, user: unknown, filters: QuestionFilters, page = 1) {
  const where: Where[] = []
  if (filters.status) where.push({ status: { equals: filters.status } })
  if (filters.theme) where.push({ themes: { contains: filters.theme } })
  if (filters.concerns) where.push({ concerns: { contains: filters.concerns } })
  if (filters.about) {
    const [relationTo, value] = filters.about.split(':')
    where.push({ and: [{ 'about.relationTo': { equals: relationTo } }, { 'about.value': { equals: value } }] })
  }
  if (filters.unanswered) {
    const before = new Date(Date.now() - unansweredAfterDays * 86_400_000).toISOString()
    where.push({ status: { equals: 'open' } }, { answerCount: { equals: 0 } }, { createdAt: { less_than: before } })
  }
  return payload.find({
    collection: 'questions',
    depth: 1,
    limit: 20,
    overrideAccess: false,
    page,
    sort: filters.unanswered ? 'createdAt' : '-createdAt',
    user: user as never,
    where: where.length > 0 ? { and: where } : undefined,
  })
}

export type Conversation = {
  threadKey: string
  collection: string
  id: string
  slug: string | undefined
  title: string
  lastActivity: string
  mine: boolean
}

/**
 * The conversations a reader is in: threads they wrote in or were mentioned in (they, or their
 * organisation), and the questions they asked; each item read with their own rights.
 */
export async function conversationsOf(payload: Payload, user: unknown): Promise<Conversation[]> {
  if (!user) return []
  const reader = user as SessionUser
  const organisation = organisationOf(reader)
  const mentioned: Where[] = [
    { and: [{ 'mentions.relationTo': { equals: 'users' } }, { 'mentions.value': { equals: reader.id } }] },
    ...(organisation
      ? [{ and: [{ 'mentions.relationTo': { equals: 'organisations' } }, { 'mentions.value': { equals: organisation } }] }]
      : []),
  ]
  const asReader = { depth: 0, overrideAccess: false, pagination: false, user: user as never } as const
  const [comments, asked] = await Promise.all([
    payload.find({
      ...asReader,
      collection: 'comments',
      limit: 500,
      select: { author: true, createdAt: true, item: true, threadKey: true },
      sort: '-createdAt',
      where: { or: [{ author: { equals: reader.id } }, ...mentioned] },
    }),
    payload.find({ ...asReader, collection: 'questions', limit: 100, sort: '-createdAt', where: { askedBy: { equals: reader.id } } }),
  ])
  const threads = new Map<string, { collection: string; id: string; lastActivity: string; mine: boolean }>()
  for (const question of asked.docs as Stored[])
    threads.set(threadKeyOf('questions', question.id), {
      collection: 'questions',
      id: String(question.id),
      lastActivity: question.lastActivityAt ?? question.createdAt,
      mine: true,
    })
  for (const row of comments.docs as Stored[]) {
    const known = threads.get(row.threadKey)
    const mine = idOf(row.author) === String(reader.id)
    if (known) {
      if (row.createdAt > known.lastActivity) known.lastActivity = row.createdAt
      known.mine ||= mine
    } else if (row.item?.relationTo) {
      threads.set(row.threadKey, { collection: row.item.relationTo, id: idOf(row.item.value)!, lastActivity: row.createdAt, mine })
    }
  }
  const shown = [...threads.entries()].sort(([, a], [, b]) => b.lastActivity.localeCompare(a.lastActivity)).slice(0, 50)
  const titled = await Promise.all(
    shown.map(async ([threadKey, thread]) => {
      const item = (await payload.findByID({
        collection: thread.collection as never,
        depth: 0,
        disableErrors: true,
        id: thread.id,
        overrideAccess: false,
        user: user as never,
      })) as Stored | null
      if (!item) return undefined
      const title = typeof item.title === 'string' ? item.title : richTextToPlain(item.title)
      return { ...thread, slug: item.slug as string | undefined, threadKey, title }
    }),
  )
  return titled.filter((each): each is Conversation => each !== undefined)
}
