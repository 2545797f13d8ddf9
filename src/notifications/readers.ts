import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { createLocalReq } from 'payload'

import type { MailLanguage, NotificationKind } from '../../domain/notifications'

import { defaultImmediateKinds, mailLanguageOf } from '../../domain/notifications'

/** Someone who may be told something, with what the access rules and their settings need. */
export type Reader = {
  id: string | number
  email: string
  name?: string | null
  role?: string | null
  organisation?: string | number | null
  /** The groups they are a member of: group-only items are theirs to read. */
  groups: Array<string | number>
  immediate: readonly NotificationKind[]
  digest: string
  language: MailLanguage
}

type StoredUser = {
  id: string | number
  email: string
  name?: string | null
  role?: string | null
  organisation?: string | number | { id: string | number } | null
  groups?: Array<string | number | { id: string | number }> | null
  notificationSettings?: { immediate?: NotificationKind[] | null; digest?: string | null; language?: string | null } | null
}

export const readerOf = (user: StoredUser): Reader => {
  const settings = user.notificationSettings ?? {}
  const organisation = user.organisation && typeof user.organisation === 'object' ? user.organisation.id : user.organisation
  return {
    digest: settings.digest ?? 'weekly',
    email: user.email,
    groups: (user.groups ?? []).map((group) => (typeof group === 'object' ? group.id : group)),
    id: user.id,
    immediate: settings.immediate ?? defaultImmediateKinds,
    language: mailLanguageOf(settings.language),
    name: user.name,
    organisation: organisation ?? null,
    role: user.role,
  }
}

/** The accounts with these ids (the system reads them: access is decided per reader afterwards). */
export async function loadReaders(payload: Payload, where: Where): Promise<Reader[]> {
  const { docs } = await payload.find({ collection: 'users', depth: 0, limit: 0, overrideAccess: true, pagination: false, where })
  return (docs as unknown as StoredUser[]).map(readerOf)
}

export type ItemRef = { collection: string; id: string }
export const refKey = (ref: ItemRef): string => `${ref.collection}:${ref.id}`

/**
 * Which of a fixed set of items each reader may read (or, with `update`, edit), by each
 * collection's own rule asked with that reader. Readers whose rule answers the same query (every member of one organisation, every
 * anonymous-like reader) share one database query: the rule decides per reader, the query per
 * distinct answer, so thousands of recipients cost a few dozen queries.
 */
export function readableItemsFor(
  payload: Payload,
  refs: readonly ItemRef[],
  operation: 'read' | 'update' = 'read',
  /** A write in progress whose uncommitted items are asked about (a question being asked). */
  within?: PayloadRequest,
) {
  const idsByCollection = new Map<string, string[]>()
  for (const ref of refs) idsByCollection.set(ref.collection, [...(idsByCollection.get(ref.collection) ?? []), ref.id])
  const answers = new Map<string, Promise<Set<string>>>()
  const base = createLocalReq({}, payload)

  const readableIn = async (collection: string, ids: string[], decision: unknown): Promise<string[]> => {
    if (decision === true) return ids
    if (!decision) return []
    const { docs } = await payload.db.find({
      collection: collection as CollectionSlug,
      limit: 0,
      pagination: false,
      req: within,
      select: { id: true },
      where: { and: [{ id: { in: ids } }, decision as Where] },
    })
    return docs.map((doc) => String(doc.id))
  }

  return async (reader: Reader): Promise<ReadonlySet<string>> => {
    if (idsByCollection.size === 0) return new Set<string>()
    // A request of the reader's own, as the rules see one: their account, and nothing remembered from anyone else.
    const req = { ...(await base), context: {}, user: { ...reader, collection: 'users' } } as unknown as PayloadRequest
    const decisions: [string, string[], unknown][] = []
    for (const [collection, ids] of idsByCollection) {
      const rule = payload.collections[collection as CollectionSlug]?.config.access[operation]
      decisions.push([collection, ids, rule ? await rule({ req }) : false])
    }
    const key = JSON.stringify(decisions.map(([collection, , decision]) => [collection, decision]))
    let answer = answers.get(key)
    if (!answer) {
      answer = Promise.all(
        decisions.map(async ([collection, ids, decision]) =>
          (await readableIn(collection, ids, decision)).map((id) => refKey({ collection, id })),
        ),
      ).then((each) => new Set(each.flat()))
      answers.set(key, answer)
    }
    return answer
  }
}
