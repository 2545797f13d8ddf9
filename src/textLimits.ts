import type { CollectionSlug, Payload } from 'payload'

import { type TextLimitsOptions, textProblems } from '../plugins/text-limits'

/** A document's fields over their limits, in the shape of Payload's validation errors. */
export type DocumentProblems = { collection: string; errors: Array<{ path: string; message: string }> }

/** How much text the workspace takes: per field, per rich-text field and per document (one language). */
export const textLimitOptions: TextLimitsOptions = { defaultChars: 10_000, documentChars: 100_000, richTextChars: 50_000 }

/** The same limits checked on a document sent over HTTP, before Payload does any work for it. */
export const documentTextProblems =
  (payload: Payload) =>
  (slug: string, data: Record<string, unknown>, language?: string): DocumentProblems | undefined => {
    const collection = payload.collections[slug as CollectionSlug]
    if (!collection) return undefined
    const errors = textProblems(collection.config.fields, data, textLimitOptions, { i18n: { language } })
    return errors.length > 0 ? { collection: slug, errors } : undefined
  }
