import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { readableIds } from '../../../domain/access'
import { isCommentableSlug, threadKeyOf } from '../../../domain/conversation'
import { fieldRefusal } from '../../../lib/clientError'
import { idOf } from '../../../lib/idOf'
import { richTextToPlain } from '../../../lib/richTextToPlain'
import { threadGrantsOf } from '../../hooks'

type Ref = { relationTo?: unknown; value?: unknown } | null | undefined

/**
 * A comment goes on an item the writer may read (a comment must not confirm that a draft exists),
 * and carries the item's thread key and grants, so it is read exactly as widely as the item. A
 * reply joins its parent's thread, one level deep.
 */
export const onReadableItem: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const item = data.item as Ref
  const collection = item?.relationTo
  const id = idOf(item?.value)
  if (!isCommentableSlug(collection) || !id)
    throw fieldRefusal(req, 'item', {
      en: 'item: say what you comment on, as {"relationTo": "interventions", "value": "<id>"} (or a question).',
      nl: 'item: geef aan waarop u reageert, als {"relationTo": "interventions", "value": "<id>"} (of een vraag).',
    })
  if (req.user && !(await readableIds(req, collection as CollectionSlug, [id])).has(id))
    throw fieldRefusal(req, 'item', {
      en: `item: there is no ${collection} with id ${id} that you may read. Comment on something you can open in the portal.`,
      nl: `item: er is geen ${collection} met id ${id} die u mag lezen. Reageer op iets dat u in het portaal kunt openen.`,
    })
  if (!richTextToPlain(data.body))
    throw fieldRefusal(req, 'body', { en: 'body: write something before you post.', nl: 'body: schrijf iets voordat u plaatst.' })

  const threadKey = threadKeyOf(collection, id)
  let parent = idOf(data.parent) ?? null
  if (parent) {
    const found = (await req.payload.db.findOne({ collection: 'comments' as CollectionSlug, req, where: { id: { equals: parent } } })) as {
      threadKey?: string
      parent?: unknown
    } | null
    if (!found || found.threadKey !== threadKey)
      throw fieldRefusal(req, 'parent', {
        en: `parent: comment ${parent} is not in this conversation. Reply to a comment on the same item.`,
        nl: `parent: reactie ${parent} hoort niet bij dit gesprek. Antwoord op een reactie bij hetzelfde item.`,
      })
    parent = idOf(found.parent) ?? parent
  }
  return { ...data, grants: await threadGrantsOf(req, collection, id), parent, threadKey }
}
