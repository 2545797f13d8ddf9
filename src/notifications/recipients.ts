import type { Payload, Where } from 'payload'

import type { NotificationKind } from '../../domain/notifications'
import type { WorkspaceEvent } from './events'
import type { ItemFacts } from './items'

import type { ThemeTree } from '../../domain/vocabulary'

import { followKeyOf } from '../../domain/notifications'
import { themeTreeOf } from '../taxonomy/themeTree'
import { conversationRecipients } from './conversationRecipients'
import { followersOf } from './followers'

async function usersWhere(payload: Payload, where: Where): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { email: true },
    where,
  })
  return docs.map((doc) => String(doc.id))
}

/** Who curates: curators, and administrators, who may do everything a curator may. */
const curatorsOnly: Where = { role: { in: ['curator', 'admin'] } }

/**
 * The follow keys an item is found under: each of its themes with its main theme, its groups and
 * its organisation; an experience also under its card.
 */
export function followKeysOf(tree: ThemeTree, item: ItemFacts): string[] {
  return [
    ...(item.intervention ? [followKeyOf('interventions', item.intervention)] : []),
    ...tree.idsCountedFor(item.themes).map((id) => followKeyOf('themes', id)),
    ...item.groups.map((id) => followKeyOf('groups', id)),
    ...(item.ownerOrganisation ? [followKeyOf('organisations', item.ownerOrganisation)] : []),
  ]
}

/**
 * Who is told what about one event, before access is checked per recipient. Someone told about
 * their own item hears that, not that something they follow changed; nobody is told what they
 * did themselves.
 */
export async function recipientsOf(payload: Payload, event: WorkspaceEvent, item: ItemFacts): Promise<Map<string, NotificationKind>> {
  const told = new Map<string, NotificationKind>()
  const tell = (users: string[], kind: NotificationKind) => users.forEach((user) => told.set(user, kind))
  switch (event.move) {
    case 'comment':
    case 'hide':
    case 'ask':
    case 'accept':
      for (const [user, kind] of await conversationRecipients(payload, event, item)) told.set(user, kind)
      break
    case 'submit':
      tell(await usersWhere(payload, curatorsOnly), 'submitted')
      break
    case 'send-back':
      tell(item.authors, 'sent-back')
      break
    case 'assign':
    case 'recommendation-overdue':
      if (event.organisationId) {
        tell(
          await usersWhere(payload, { organisation: { equals: event.organisationId } }),
          event.move === 'assign' ? 'recommendation-assigned' : 'recommendation-overdue',
        )
      }
      break
    case 'review-due':
      tell(await usersWhere(payload, curatorsOnly), 'review-due')
      tell(item.authors, 'review-due')
      break
    case 'publish': {
      if (event.firstPublication) tell(await followersOf(payload, followKeysOf(await themeTreeOf(payload), item)), 'followed-published')
      tell(
        await followersOf(payload, [followKeyOf(item.ref.collection, item.ref.id)]),
        event.firstPublication ? 'followed-published' : 'followed-updated',
      )
      if (event.firstPublication && item.intervention) {
        tell(await followersOf(payload, [followKeyOf('interventions', item.intervention)]), 'experience')
        if (item.interventionOwner) tell(await usersWhere(payload, { organisation: { equals: item.interventionOwner } }), 'experience')
      }
      tell(item.authors, 'published')
      break
    }
  }
  if (event.actorId) told.delete(event.actorId)
  return told
}
