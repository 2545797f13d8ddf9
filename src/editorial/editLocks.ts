import type { CollectionAfterReadHook, CollectionSlug, SanitizedConfig } from 'payload'

import { permittedIds } from '../../domain/access'
import { idOf } from '../../lib/idOf'
import { personLabel } from '../../collections/hooks/personLabel'

/** An editor who stops typing for this long no longer holds the item: Payload renews a lock while one edits. */
export const idleLockSeconds = 120

type Holder = { relationTo?: string; value?: unknown }

/**
 * Who holds a lock, as colleagues know them: "Name (Organisation)" where the lock dialog would show
 * an account id.
 */
const holderByName: CollectionAfterReadHook = async ({ doc, req }) => {
  const holder = doc.user as Holder | undefined
  const id = idOf(holder?.value)
  const document = doc.document as Holder | undefined
  const documentId = idOf(document?.value)
  if (!holder?.relationTo || id === undefined || !document?.relationTo || documentId === undefined) return doc
  // Named to colleagues who may edit the item themselves (who meet the lock); a reader only learns that someone edits it.
  const mayEdit = await permittedIds(req, document.relationTo as CollectionSlug, [documentId], 'update')
  if (!mayEdit.has(documentId)) return doc
  const label = await personLabel(req, { collection: holder.relationTo, id })
  if (!label) return doc
  // Payload's lock dialog shows the holder's `email`; it carries the name here, never the address.
  return { ...doc, user: { relationTo: holder.relationTo, value: { email: label, id } } }
}

/** Edit locks that do not block: they lapse after a short idle time and name their holder. */
export function configureEditLocks(config: SanitizedConfig): void {
  for (const collection of config.collections) {
    if (collection.lockDocuments !== false) collection.lockDocuments = { duration: idleLockSeconds }
    if (collection.slug === 'payload-locked-documents') {
      collection.hooks.afterRead = [...(collection.hooks.afterRead ?? []), holderByName]
    }
  }
}
