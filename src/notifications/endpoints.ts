import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { signedInMayAsk, signedInMayChange, signedLinkHoldersMayChange } from '../../domain/access'
import { notificationKindLabels } from '../../domain/notifications'
import { callersLanguage, inCallersLanguage } from '../../lib/callersLanguage'
import { ClientError } from '../../lib/clientError'
import { bilingualRefusal, guardedEndpoint } from '../../lib/endpointAccess'
import { previewDigest } from './digest/preview'
import { markRead } from './markRead'
import { unsubscribe, verifyUnsubscribeToken } from './unsubscribe'

/** The address of the one-click unsubscribe (RFC 8058), which takes a form-encoded POST from mail programs. */
export const unsubscribePath = '/unsubscribe'

const mostIdsAtOnce = 500

function idsToMark(req: PayloadRequest, body: Record<string, unknown>): string[] | 'all' {
  if (body.all === true || body.ids === 'all') return 'all'
  const ids = body.ids
  if (
    !Array.isArray(ids) ||
    ids.length === 0 ||
    ids.length > mostIdsAtOnce ||
    !ids.every((id) => typeof id === 'string' || typeof id === 'number')
  )
    throw new ClientError(
      inCallersLanguage(req, {
        en: `ids: send {"ids": ["<notification id>", ...]} (at most ${mostIdsAtOnce}) or {"all": true}.`,
        nl: `ids: stuur {"ids": ["<id van een melding>", ...]} (hoogstens ${mostIdsAtOnce}) of {"all": true}.`,
      }),
      400,
      { field: 'ids' },
    )
  return ids.map(String)
}

/** POST /api/notifications/read: marks the caller's own notifications read, by id or all at once. */
export const markReadEndpoint: Endpoint = guardedEndpoint({
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const ids = idsToMark(req, (req.data ?? {}) as Record<string, unknown>)
    const marked = await markRead(req.payload, req.user!.id, ids)
    const { totalDocs: unread } = await req.payload.count({
      collection: 'notifications',
      overrideAccess: false,
      req,
      user: req.user,
      where: { readAt: { exists: false } },
    })
    return Response.json({ marked, unread })
  },
  method: 'post',
  openapi: {
    requestBody: {
      content: {
        'application/json': { schema: { description: '`{ "ids": [...] }` (at most 500) or `{ "all": true }`.', type: 'object' } },
      },
      required: true,
    },
    responses: { 200: { content: { 'application/json': { schema: { type: 'object' } } }, description: '`{ marked, unread }`.' } },
    summary: 'Mark one’s own notifications read',
  },
  path: '/read',
  refusal: bilingualRefusal({
    forbidden: { en: 'This key may not change anything.', nl: 'Met deze sleutel kunt u niets wijzigen.' },
    signIn: { en: 'Sign in to mark your notifications read.', nl: 'Log in om uw meldingen als gelezen te markeren.' },
  }),
  rule: signedInMayChange,
})

/** GET /api/digests/preview: the caller's next digest as far as it is known now. */
export const digestPreviewEndpoint: Endpoint = guardedEndpoint({
  handler: async (req) => {
    const preview = await previewDigest(req.payload, req.user!.id)
    return Response.json(preview)
  },
  method: 'get',
  path: '/digests/preview',
  refusal: bilingualRefusal({
    forbidden: { en: 'Sign in with your own account.', nl: 'Log in met uw eigen account.' },
    signIn: { en: 'Sign in to see your next digest.', nl: 'Log in om uw volgende overzicht te zien.' },
  }),
  rule: signedInMayAsk,
})

/**
 * POST /api/unsubscribe?token=...: RFC 8058 one-click unsubscribe. Mail programs call it without a
 * session (body `List-Unsubscribe=One-Click`); the signed token names the account and the mail,
 * so it turns off exactly that and cannot be used for anyone or anything else.
 */
export const unsubscribeEndpoint: Endpoint = guardedEndpoint({
  handler: async (req) => {
    const request = verifyUnsubscribeToken(req.payload, req.searchParams.get('token'))
    if (!request)
      throw new ClientError(
        inCallersLanguage(req, {
          en: 'token: this unsubscribe link is not valid (it was changed or is not from this workspace). Sign in and choose your mail settings under "What I follow".',
          nl: 'token: deze afmeldlink is niet geldig (hij is gewijzigd of komt niet van deze werkruimte). Log in en kies uw mailinstellingen onder "Wat ik volg".',
        }),
        400,
        { field: 'token' },
      )
    if (!(await unsubscribe(req.payload, request)))
      throw new ClientError(inCallersLanguage(req, { en: 'This account no longer exists.', nl: 'Dit account bestaat niet meer.' }), 404)
    const language = callersLanguage(req)
    const what =
      request.subscription === 'digest'
        ? { en: 'the digest', nl: 'het overzicht' }[language]
        : notificationKindLabels[request.subscription][language].toLowerCase()
    return Response.json({
      message: language === 'nl' ? `U krijgt geen mail meer over: ${what}.` : `You will no longer be mailed about: ${what}.`,
      subscription: request.subscription,
    })
  },
  method: 'post',
  path: unsubscribePath,
  refusal: { forbidden: 'Not allowed.', signIn: 'Not allowed.' },
  rule: signedLinkHoldersMayChange,
})
