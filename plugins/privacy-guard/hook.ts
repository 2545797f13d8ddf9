import type { CollectionBeforeChangeHook, CollectionSlug, Field, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { withOwnLocale } from '../../lib/ownLocale'
import { checkTexts, describeFinding } from './check'
import { refusalMessages } from './messages'
import { collectTexts } from './texts'
import type { LocatedFinding, PrivacyGuardOptions } from './types'

/** The names to look for, whoever writes: the list itself is never shown to them. */
async function personNames(req: PayloadRequest, slug: string): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: slug as CollectionSlug,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
  })
  return docs.map((doc) => (doc as { name?: string }).name).filter((name): name is string => Boolean(name?.trim()))
}

/** What the item will look like after this write, in every language. */
async function textsAfterWrite(
  req: PayloadRequest,
  slug: string,
  fields: Field[],
  merged: Record<string, unknown>,
  id: number | string | undefined,
  options: { all: boolean; exclude?: Set<string> },
) {
  const locale = req.locale && req.locale !== 'all' ? req.locale : undefined
  const texts = collectTexts(fields, merged, { kind: 'current', locale }, options)
  if (id === undefined) return texts
  // Every language of the stored item, whoever writes: its text is checked, never shown.
  const stored = await req.payload.findByID({
    collection: slug as CollectionSlug,
    depth: 0,
    disableErrors: true,
    draft: true,
    id,
    locale: 'all',
    overrideAccess: true,
    req: withOwnLocale(req),
  })
  return [...texts, ...collectTexts(fields, stored, { except: locale, kind: 'otherLocales' }, options)]
}

/** Findings listed one by one in a refusal; the rest are counted, so the answer stays small. */
const listedFindings = 20

const blocked = (req: PayloadRequest, slug: string, fields: Field[], findings: LocatedFinding[], canOverride: boolean) => {
  const { errors, summary } = refusalMessages(req, fields, findings, canOverride, listedFindings)
  const error = new ValidationError({ collection: slug, errors })
  // Payload's own summary lists the fields; ours says what was found and what to do as well.
  error.message = summary
  return error
}

/**
 * Before an item is submitted or published, looks for personal data in its text. Findings block
 * the write with a 400 that lists each one and its field; a curator may let them through with a
 * reason, which is recorded and covers exactly those findings.
 */
export const guardPrivacy =
  (options: PrivacyGuardOptions, scope: { all: boolean; exclude?: string[] }): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const review = { ...originalDoc?.privacyReview, ...data.privacyReview }
    const reason = typeof review.overrideReason === 'string' ? review.overrideReason.trim() : ''
    const clearReason = { ...data, privacyReview: { ...review, overrideReason: null } }
    if (!options.checkWhen({ data, operation, originalDoc, req })) return clearReason

    const merged = { ...originalDoc, ...data }
    const texts = await textsAfterWrite(req, collection.slug, collection.fields, merged, originalDoc?.id, {
      all: scope.all,
      exclude: new Set([...(scope.exclude ?? []), 'privacyReview']),
    })
    const findings = await checkTexts(texts, await personNames(req, options.namesSlug ?? 'privacy-names'))
    const accepted = new Set<string>(Array.isArray(review.acceptedFindings) ? review.acceptedFindings : [])
    const open = findings.filter((finding) => !accepted.has(finding.fingerprint))
    if (open.length === 0) return clearReason

    const mayOverride = await options.canOverride({ req })
    if (!mayOverride || !reason) throw blocked(req, collection.slug, collection.fields, open, mayOverride)
    const override = {
      at: new Date().toISOString(),
      by: req.user?.id ?? null,
      findings: open.map(describeFinding).join('\n'),
      reason,
    }
    return {
      ...data,
      privacyReview: {
        ...review,
        acceptedFindings: [...accepted, ...open.map((finding) => finding.fingerprint)],
        overrideReason: null,
        overrides: [...(Array.isArray(review.overrides) ? review.overrides : []), override],
      },
    }
  }
