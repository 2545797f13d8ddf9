import type { Field } from 'payload'

import { idOf } from '../../../lib/idOf'

/** The names of fields that hold uploads from `media`, wherever they sit in the item. */
export function mediaFieldNames(fields: Field[], into = new Set<string>()): Set<string> {
  for (const field of fields) {
    if (
      field.type === 'upload' &&
      'name' in field &&
      (field.relationTo === 'media' || (Array.isArray(field.relationTo) && field.relationTo.includes('media')))
    ) {
      into.add(field.name)
    }
    if ('fields' in field && Array.isArray(field.fields)) mediaFieldNames(field.fields, into)
  }
  return into
}

/**
 * Every media id an item refers to, in every locale: upload fields by name, and upload nodes in
 * rich text, which describe themselves.
 */
export function mediaIdsIn(value: unknown, names: Set<string>, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const each of value) mediaIdsIn(each, names, into)
    return into
  }
  if (!value || typeof value !== 'object') return into
  const node = value as Record<string, unknown>
  if (node.type === 'upload' && node.relationTo === 'media') {
    const id = idOf(node.value)
    if (id) into.add(id)
  }
  for (const [key, child] of Object.entries(node)) {
    if (names.has(key)) {
      for (const each of Array.isArray(child) ? child : [child]) {
        const id = idOf(each)
        if (id) into.add(id)
        else mediaIdsIn(each, names, into) // localized: { nl: [...], en: [...] }
      }
    } else if (child && typeof child === 'object') {
      mediaIdsIn(child, names, into)
    }
  }
  return into
}
