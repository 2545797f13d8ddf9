import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook, Config, Field } from 'payload'

import { ValidationError } from 'payload'

import { inCallersLanguage } from '../../lib/callersLanguage'

import { richTextToPlain } from '../../lib/richTextToPlain'

export type TextLimitsOptions = {
  /** Characters one rich-text field may hold (as plain text). */
  richTextChars: number
  /** Characters a text or textarea field without a `maxLength` of its own may hold. */
  defaultChars: number
  /** Characters all the text of one document may hold together, in the language being written. */
  documentChars: number
}

type Problem = { path: string; message: string }

const charsOf = (field: Field, value: unknown): number => {
  if (field.type === 'richText') return value && typeof value === 'object' ? richTextToPlain(value).length : 0
  return typeof value === 'string' ? value.length : 0
}

const isText = (field: Field) => field.type === 'text' || field.type === 'textarea' || field.type === 'email' || field.type === 'richText'

/** Every text in `holder` by its field, with its path, at any depth (groups, arrays, rows, tabs). */
function collect(fields: readonly Field[], holder: unknown, prefix: string, into: Array<{ field: Field; path: string; value: unknown }>) {
  if (!holder || typeof holder !== 'object') return
  const values = holder as Record<string, unknown>
  for (const field of fields) {
    if (!('name' in field) || !field.name) {
      if ('fields' in field && Array.isArray(field.fields)) collect(field.fields, holder, prefix, into)
      if (field.type === 'tabs')
        for (const tab of field.tabs) collect(tab.fields, 'name' in tab && tab.name ? values[tab.name] : holder, prefix, into)
      continue
    }
    const path = `${prefix}${field.name}`
    const value = values[field.name]
    if (isText(field)) {
      for (const each of 'hasMany' in field && field.hasMany && Array.isArray(value) ? value : [value])
        into.push({ field, path, value: each })
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => collect(field.fields, row, `${path}.${index}.`, into))
    } else if (field.type === 'group') {
      collect(field.fields, value, `${path}.`, into)
    }
  }
}

/**
 * What is over a limit in `holder` (a document, or the part of one being written): each field over
 * its own, else the whole over the document's. For hosts that check a write before Payload runs it.
 */
export function textProblems(
  fields: readonly Field[],
  holder: unknown,
  options: TextLimitsOptions,
  req?: { i18n?: { language?: string } },
): Problem[] {
  const texts: Array<{ field: Field; path: string; value: unknown }> = []
  collect(fields, holder, '', texts)
  const problems: Problem[] = []
  let total = 0
  for (const { field, path, value } of texts) {
    const chars = charsOf(field, value)
    total += chars
    const limit = field.type === 'richText' ? options.richTextChars : ('maxLength' in field && field.maxLength) || options.defaultChars
    if (chars > limit) {
      problems.push({
        message: inCallersLanguage(req, {
          en: `At most ${limit} characters here (this has ${chars}). Shorten it, or split it up.`,
          nl: `Hier passen hooguit ${limit} tekens (dit zijn er ${chars}). Maak het korter, of verdeel het.`,
        }),
        path,
      })
    }
  }
  if (problems.length === 0 && total > options.documentChars) {
    const longest = [...texts].sort((a, b) => charsOf(b.field, b.value) - charsOf(a.field, a.value))[0]!
    problems.push({
      message: inCallersLanguage(req, {
        en: `All the text of one item together may hold at most ${options.documentChars} characters (this has ${total}). Shorten the longest parts, such as this one.`,
        nl: `Alle tekst van één item samen mag hooguit ${options.documentChars} tekens zijn (dit zijn er ${total}). Kort de langste delen in, zoals dit.`,
      }),
      path: longest.path,
    })
  }
  return problems.slice(0, 20)
}

/**
 * Refuses text over a limit in what was sent, before Payload reads the stored document: a
 * megabyte draft then costs its parsing and nothing more.
 */
const capSentText =
  (options: TextLimitsOptions): CollectionBeforeOperationHook =>
  ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const problems = textProblems(collection.fields, (args as { data?: unknown }).data, options, req)
    if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems, req })
    return args
  }

/**
 * Caps text on every write, drafts included: Payload skips field validation for drafts, so
 * without this a draft could hold megabytes that every later check (the privacy scan, search
 * indexing, exports) then has to read. Checked on the document as it will be (stored text and
 * the change together). A refusal is a 400 that names each field.
 */
const capText =
  (options: TextLimitsOptions): CollectionBeforeValidateHook =>
  ({ collection, data, originalDoc, req }) => {
    if (!data) return data
    const problems = textProblems(collection.fields, { ...originalDoc, ...data }, options, req)
    if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems, req })
    return data
  }

/** Limits on text for every collection, enforced on drafts as well as on published writes. */
export const textLimits =
  (options: TextLimitsOptions) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [capSentText(options), ...(collection.hooks?.beforeOperation ?? [])],
        beforeValidate: [capText(options), ...(collection.hooks?.beforeValidate ?? [])],
      },
    })),
  })
