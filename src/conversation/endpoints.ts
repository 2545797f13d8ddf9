import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { curatorsMayChange, signedInMayAsk } from '../../domain/access'
import { conversionTargets, isConversionTarget } from '../../domain/conversation'
import { inCallersLanguage } from '../../lib/callersLanguage'
import { ClientError } from '../../lib/clientError'
import { bilingualRefusal, guardedEndpoint } from '../../lib/endpointAccess'
import { convertComment } from './convert'
import { mentionables, suggestMentions } from './mentions'

const mostTypedChars = 60

/**
 * GET /api/mentions?q=Lei: people and organisations to mention while typing `@Lei`. Names only,
 * with a person's organisation: never an e-mail address or anything else of the account.
 */
export const mentionSuggestionsEndpoint: Endpoint = guardedEndpoint({
  handler: async (req) => {
    const typed = (req.searchParams.get('q') ?? '').slice(0, mostTypedChars)
    const found = suggestMentions(typed, await mentionables(req.payload))
    return Response.json({
      suggestions: found.map((each) => ({
        id: each.id,
        name: each.name,
        ...(each.organisation ? { organisation: each.organisation } : {}),
        type: each.relationTo === 'users' ? 'person' : 'organisation',
      })),
    })
  },
  method: 'get',
  path: '/mentions',
  refusal: bilingualRefusal({
    forbidden: { en: 'Sign in with your own account.', nl: 'Log in met uw eigen account.' },
    signIn: { en: 'Sign in to mention colleagues.', nl: 'Log in om collega’s te noemen.' },
  }),
  rule: signedInMayAsk,
})

const textOf = (body: Record<string, unknown>, field: string): string | undefined => {
  const value = body[field]
  return typeof value === 'string' || typeof value === 'number' ? String(value).slice(0, 200) : undefined
}

/**
 * POST /api/comments/:id/convert {"to": "experiences" | "good-practices", ...}: a curator turns an
 * answer into a draft experience on a card (`intervention`, `municipality` when the comment does
 * not say) or a draft good practice (`title`).
 */
export const convertCommentEndpoint: Endpoint = guardedEndpoint({
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as Record<string, unknown>
    if (!isConversionTarget(body.to))
      throw new ClientError(
        inCallersLanguage(req, {
          en: `to: say what the comment becomes: one of ${conversionTargets.join(', ')}.`,
          nl: `to: geef aan wat de reactie wordt: een van ${conversionTargets.join(', ')}.`,
        }),
        400,
        { field: 'to' },
      )
    const converted = await convertComment(req, String(req.routeParams?.id ?? ''), {
      intervention: textOf(body, 'intervention'),
      municipality: textOf(body, 'municipality'),
      title: textOf(body, 'title'),
      to: body.to,
    })
    return Response.json(
      {
        ...converted,
        adminUrl: `/admin/collections/${converted.collection}/${converted.id}`,
        message: inCallersLanguage(req, {
          en: 'Draft made from the comment. Complete it and submit it for review.',
          nl: 'Concept gemaakt van de reactie. Vul het aan en dien het in ter beoordeling.',
        }),
      },
      { status: 201 },
    )
  },
  method: 'post',
  path: '/:id/convert',
  refusal: bilingualRefusal({
    forbidden: { en: 'Only curators turn comments into knowledge.', nl: 'Alleen de redactie zet reacties om in kennis.' },
    signIn: { en: 'Sign in as a curator.', nl: 'Log in als redacteur.' },
  }),
  rule: curatorsMayChange,
})
