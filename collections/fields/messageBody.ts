import type { RichTextField } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'

/**
 * What people write to each other (a comment, a question): text, emphasis, lists and links.
 * Files and embedded items belong on the items themselves. Plain text is accepted too (`bodyFromPlainText`).
 */
export const messageBodyField = (overrides: Partial<RichTextField> = {}): RichTextField =>
  ({
    name: 'body',
    type: 'richText',
    editor: lexicalEditor({
      features: ({ defaultFeatures }) => defaultFeatures.filter((feature) => !['upload', 'relationship', 'blocks'].includes(feature.key)),
    }),
    ...overrides,
  }) as RichTextField
