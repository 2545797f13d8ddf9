import type { CollectionAfterReadHook, CollectionSlug, Field, PayloadRequest } from 'payload'

import { readableIds } from '../../domain/access'
import { knowledgeSlugs } from '../../domain/knowledge'

/** Collections whose items are not for everyone; taxonomies and organisations are public. */
const guarded = new Set<string>([...knowledgeSlugs, 'media'])

type Reference = { collection: string; id: string }
type Relation = { field: Field & { name: string; relationTo: string | string[] }; holder: Record<string, any> }

const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  return undefined
}

/** A reference that is still an id after population: populated objects were readable. */
function referencesOf(relation: Relation, value: unknown): Reference | undefined {
  const { relationTo } = relation.field
  if (Array.isArray(relationTo)) {
    const entry = value as { relationTo?: string; value?: unknown } | null
    const id = idOf(entry?.value)
    return entry?.relationTo && id ? { collection: entry.relationTo, id } : undefined
  }
  const id = idOf(value)
  return id ? { collection: relationTo, id } : undefined
}

function collectRelations(fields: Field[], holder: Record<string, any> | undefined, into: Relation[]) {
  if (!holder || typeof holder !== 'object') return
  for (const field of fields) {
    if ((field.type === 'relationship' || field.type === 'upload') && 'name' in field) {
      const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      if (targets.some((target) => guarded.has(target))) into.push({ field: field as Relation['field'], holder })
    } else if (field.type === 'array' && holder[field.name]) {
      for (const row of holder[field.name] as Record<string, any>[]) collectRelations(field.fields, row, into)
    } else if (field.type === 'group' && 'name' in field && field.name) {
      collectRelations(field.fields, holder[field.name], into)
    } else if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      collectRelations(field.fields, holder, into)
    }
  }
}

async function readable(req: PayloadRequest, references: Reference[]): Promise<Set<string>> {
  const byCollection = new Map<string, string[]>()
  for (const { collection, id } of references) byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])
  const allowed = new Set<string>()
  for (const [collection, ids] of byCollection) {
    for (const id of await readableIds(req, collection as CollectionSlug, ids)) allowed.add(`${collection}:${id}`)
  }
  return allowed
}

/**
 * Payload leaves the id of a related item the reader may not read in place of the item. Remove
 * it: a public card must not even reveal that an organisation-only case exists.
 */
export const hideUnreadableRelations: CollectionAfterReadHook = async ({ collection, doc, overrideAccess, req }) => {
  if (overrideAccess) return doc
  const relations: Relation[] = []
  collectRelations(collection.fields, doc, relations)
  const references = relations.flatMap(({ field, holder }) => {
    const value = holder[field.name]
    return (Array.isArray(value) ? value : [value])
      .map((each) => referencesOf({ field, holder }, each))
      .filter((each): each is Reference => Boolean(each))
  })
  if (references.length === 0) return doc
  const allowed = await readable(req, references)
  const keep = (relation: Relation, value: unknown) => {
    const reference = referencesOf(relation, value)
    return !reference || allowed.has(`${reference.collection}:${reference.id}`)
  }
  for (const relation of relations) {
    const value = relation.holder[relation.field.name]
    if (Array.isArray(value)) relation.holder[relation.field.name] = value.filter((each) => keep(relation, each))
    else if (!keep(relation, value)) relation.holder[relation.field.name] = null
  }
  return doc
}
