import type { CollectionBeforeValidateHook, Config, Field } from 'payload'

import { ValidationError } from 'payload'

import { type Bilingual, inCallersLanguage } from '../../lib/callersLanguage'

export type SafeLinksOptions = {
  /** Whether a link may be stored. */
  isAllowed: (link: string) => boolean
  /** The refusal of a link, saying what to write instead. */
  refusal: (link: string) => Bilingual
}

type LexicalNode = { type?: string; fields?: { linkType?: string; url?: unknown }; children?: LexicalNode[] }

/** The addresses of the links in a rich text (internal links point at items, not addresses). */
function linksIn(node: LexicalNode | undefined, into: string[] = []): string[] {
  if (!node || typeof node !== 'object') return into
  if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType !== 'internal' && typeof node.fields?.url === 'string')
    into.push(node.fields.url)
  for (const child of node.children ?? []) linksIn(child, into)
  return into
}

function check(
  fields: readonly Field[],
  holder: unknown,
  prefix: string,
  options: SafeLinksOptions,
  problems: Array<{ path: string; message: string }>,
  req: { i18n?: { language?: string } },
) {
  if (!holder || typeof holder !== 'object') return
  const values = holder as Record<string, unknown>
  for (const field of fields) {
    if (!('name' in field) || !field.name) {
      if ('fields' in field && Array.isArray(field.fields)) check(field.fields, holder, prefix, options, problems, req)
      continue
    }
    const path = `${prefix}${field.name}`
    const value = values[field.name]
    const refuse = (link: string) => problems.push({ message: inCallersLanguage(req, options.refusal(link)), path })
    if (field.type === 'richText' && value && typeof value === 'object') {
      for (const link of linksIn((value as { root?: LexicalNode }).root)) if (!options.isAllowed(link)) refuse(link)
    } else if (field.custom?.link === true && typeof value === 'string' && value !== '' && !options.isAllowed(value)) {
      refuse(value)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => check(field.fields, row, `${path}.${index}.`, options, problems, req))
    } else if (field.type === 'group') {
      check(field.fields, value, `${path}.`, options, problems, req)
    }
  }
}

const checkLinks =
  (options: SafeLinksOptions): CollectionBeforeValidateHook =>
  ({ collection, data, req }) => {
    if (!data) return data
    const problems: Array<{ path: string; message: string }> = []
    check(collection.fields, data, '', options, problems, req)
    if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems, req })
    return data
  }

/**
 * Links in rich text, and text fields marked `custom: { link: true }`, hold only addresses
 * `isAllowed` accepts: on every write, drafts included, with a 400 naming the field. Pages that
 * show links should check them again when they render them.
 */
export const safeLinks =
  (options: SafeLinksOptions) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeValidate: [checkLinks(options), ...(collection.hooks?.beforeValidate ?? [])] },
    })),
  })
