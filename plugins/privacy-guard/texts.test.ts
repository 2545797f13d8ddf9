import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { collectTexts } from './texts'

describe('which texts the privacy guard reads (plugins/privacy-guard)', () => {
  const fields: Field[] = [
    { name: 'body', type: 'textarea' },
    // The system's bookkeeping: a thread key's random digits can look like a BSN or a phone number.
    { name: 'threadKey', type: 'text', admin: { hidden: true } },
    { name: 'authorName', type: 'text', admin: { readOnly: true } },
    { name: 'slug', type: 'text' },
  ]
  const doc = {
    authorName: 'Sanne Bakker (Gemeente Zoetermeer)',
    body: 'Bel 06 12345678.',
    slug: 'vraag-123456789',
    threadKey: 'questions:123456782-4f0d-4bee-b4bd-14700d462aa6',
  }

  it('reads what people wrote, and not the bookkeeping the system keeps', () => {
    expect(collectTexts(fields, doc, { kind: 'current' }, { all: true }).map((text) => text.path)).toEqual(['body'])
  })
})
