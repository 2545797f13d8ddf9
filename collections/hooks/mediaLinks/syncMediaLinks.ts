import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { grantsOf } from '../../../domain/access'
import { withOwnLocale } from '../../../lib/ownLocale'
import { mediaFieldNames, mediaIdsIn } from './mediaIdsIn'

type Link = { item: string; grant: string }

/** What the item, live and in its newest draft, lets readers see of each file it links. */
async function linksOfItem(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: number | string,
): Promise<Map<string, Set<string>>> {
  const names = mediaFieldNames(collection.fields)
  const grants = new Map<string, Set<string>>()
  const add = (mediaIds: Set<string>, itemGrants: string[]) => {
    for (const mediaId of mediaIds) for (const grant of itemGrants) grants.set(mediaId, (grants.get(mediaId) ?? new Set()).add(grant))
  }
  // Every locale, whoever wrote: the links are the system's bookkeeping, never shown as such.
  const reader = withOwnLocale(req)
  for (const draft of [false, true]) {
    const doc = await req.payload
      .findByID({
        collection: collection.slug as CollectionSlug,
        depth: 0,
        disableErrors: true,
        draft,
        id,
        locale: 'all',
        overrideAccess: true,
        req: reader,
      })
      .catch(() => null)
    if (doc) add(mediaIdsIn(doc, names), grantsOf(doc as unknown as Record<string, unknown>))
  }
  return grants
}

async function relink(req: PayloadRequest, collection: SanitizedCollectionConfig, id: number | string) {
  const item = `${collection.slug}:${id}`
  const current = await linksOfItem(req, collection, id)
  const { docs: previouslyLinked } = await req.payload.find({
    collection: 'media',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { 'links.item': { equals: item } },
  })
  const affected = new Set([...current.keys(), ...previouslyLinked.map((doc) => String(doc.id))])
  for (const mediaId of affected) {
    const media =
      previouslyLinked.find((doc) => String(doc.id) === mediaId) ??
      (await req.payload.findByID({ collection: 'media', depth: 0, disableErrors: true, id: mediaId, overrideAccess: true, req }))
    if (!media) continue
    const others = ((media as { links?: Link[] }).links ?? []).filter((link) => link.item !== item)
    const mine = [...(current.get(mediaId) ?? [])].map((grant) => ({ grant, item }))
    const links = [...others, ...mine].map(({ grant, item }) => ({ grant, item }))
    const linkage = { grants: [...new Set(links.map((link) => link.grant))], linked: links.length > 0, links }
    await req.payload.update({
      collection: 'media',
      // Hidden fields are left out of the generated types.
      data: linkage as never,
      depth: 0,
      id: mediaId,
      overrideAccess: true,
      req,
    })
  }
}

/**
 * Keeps each file's record of which items link it, and how widely, in step with the items: the
 * file read rule (`mediaReadableBy`) uses it so a file is never more visible than its items.
 */
export const syncMediaLinksAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await relink(req, collection, doc.id)
  return doc
}

export const syncMediaLinksAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await relink(req, collection, id)
}
