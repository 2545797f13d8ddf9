import type { Config, Field, Validate } from 'payload'

import { validations } from 'payload'

import { mapFields } from '../../lib/mapFields'
import { missingRelations } from './existingRelations'
import type { RelationIntegrityOptions } from './types'

export type { RelationIntegrityOptions }

type RelationField = Extract<Field, { type: 'relationship' | 'upload' }>

const withExistenceCheck = (field: RelationField): RelationField => {
  const ownValidate = (field.validate ?? (field.type === 'upload' ? validations.upload : validations.relationship)) as Validate
  const validate: Validate = async (value, options) => {
    const result = await ownValidate(value, options)
    if (result !== true || options.event === 'onChange') return result
    const missing = await missingRelations(value, field.relationTo, options.req)
    if (missing.length === 0) return true
    const list = missing.map((each) => `${each.collection} ${each.id}`).join(', ')
    return `Refers to something that does not exist: ${list}. Choose an existing item.`
  }
  return { ...field, validate } as RelationField
}

/**
 * Rejects writes that refer to items that do not exist, with a 400 naming the field, instead of
 * storing a dangling id (SQLite) or failing on a foreign key (500).
 */
export const relationIntegrity =
  (options: RelationIntegrityOptions = {}) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      !options.collections || options.collections.includes(collection.slug)
        ? {
            ...collection,
            fields: mapFields(collection.fields, (field) =>
              field.type === 'relationship' || field.type === 'upload' ? withExistenceCheck(field) : field,
            ),
          }
        : collection,
    ),
  })
