import type { Config, Field, Validate } from 'payload'

import { validations } from 'payload'

import { mapFields } from '../../lib/mapFields'

type ShapedField = Extract<Field, { type: 'select' | 'text' | 'number' }>

const builtIn: Record<ShapedField['type'], Validate> = {
  number: validations.number as Validate,
  select: validations.select as Validate,
  text: validations.text as Validate,
}

const isShaped = (field: Field): field is ShapedField => field.type === 'select' || field.type === 'text' || field.type === 'number'

const isList = (field: ShapedField) => 'hasMany' in field && field.hasMany === true

/** What is wrong with a value's shape before its content is checked, if anything. */
function shapeProblem(field: ShapedField, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  if (isList(field)) {
    if (!Array.isArray(value)) return 'Give a list of values, e.g. ["first", "second"].'
    if (field.type === 'select' && value.some((each) => typeof each !== 'string'))
      return 'Give the values as text, from the field’s options.'
    return undefined
  }
  if (field.type === 'select' && typeof value !== 'string') return 'Give one of the field’s options, as text.'
  return undefined
}

/**
 * Payload lets a lone value through where a list is expected and a number or object through
 * where an option is expected, and then stores it oddly or fails in the database. Refuse those
 * with a 400 naming the field, before the field's own checks run.
 */
const withShapeCheck = (field: ShapedField): ShapedField => {
  const ownValidate = (field.validate ?? builtIn[field.type]) as Validate
  const validate: Validate = (value, options) => shapeProblem(field, value) ?? ownValidate(value, options)
  return { ...field, validate } as ShapedField
}

/** Every select, text and number field of every collection checks the shape of what it is given. */
export const strictShapes =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      fields: mapFields(collection.fields, (field) =>
        isShaped(field) && (isList(field) || field.type === 'select') ? withShapeCheck(field) : field,
      ),
    })),
  })
