import type { PayloadRequest } from 'payload'

type Reference = { collection: string; id: string }

const referencesIn = (value: unknown, relationTo: string | string[]): Reference[] => {
  const values = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return values.flatMap((each): Reference[] => {
    if (each === null || each === undefined || each === '') return []
    if (Array.isArray(relationTo)) {
      const polymorphic = each as { relationTo?: string; value?: unknown }
      if (!polymorphic?.relationTo || polymorphic.value === undefined) return []
      const id = typeof polymorphic.value === 'object' ? (polymorphic.value as { id: unknown }).id : polymorphic.value
      return [{ collection: polymorphic.relationTo, id: String(id) }]
    }
    const id = typeof each === 'object' ? (each as { id: unknown }).id : each
    return [{ collection: relationTo, id: String(id) }]
  })
}

/**
 * The references in `value` that point at nothing. Checked without access control: whether the
 * writer may *read* the target is a question for the read path, not for integrity.
 */
export async function missingRelations(value: unknown, relationTo: string | string[], req: PayloadRequest): Promise<Reference[]> {
  const references = referencesIn(value, relationTo)
  const byCollection = new Map<string, Reference[]>()
  for (const reference of references) {
    byCollection.set(reference.collection, [...(byCollection.get(reference.collection) ?? []), reference])
  }
  const missing: Reference[] = []
  for (const [collection, wanted] of byCollection) {
    if (!req.payload.collections[collection as never]) {
      missing.push(...wanted)
      continue
    }
    const ids = [...new Set(wanted.map((each) => each.id))]
    const { docs } = await req.payload.find({
      collection: collection as never,
      depth: 0,
      // Every item has a main document from its creation on, drafts included.
      draft: false,
      limit: ids.length,
      overrideAccess: true,
      pagination: false,
      req,
      where: { id: { in: ids } },
    })
    const found = new Set(docs.map((doc) => String((doc as { id: unknown }).id)))
    missing.push(...wanted.filter((each) => !found.has(each.id)))
  }
  return missing
}
