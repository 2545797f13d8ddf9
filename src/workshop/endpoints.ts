import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { signedInMayAsk, signedInMayChange } from '../../domain/access'
import { inCallersLanguage } from '../../lib/callersLanguage'
import { bilingualRefusal, guardedEndpoint } from '../../lib/endpointAccess'
import { recordFollowUp } from './followUp'
import { openRecommendations } from './openRecommendations'

const signInRefusal = bilingualRefusal({
  forbidden: { en: 'Use an API key that may change things, or sign in.', nl: 'Gebruik een API-sleutel die mag wijzigen, of log in.' },
  signIn: {
    en: 'Sign in to see the recommendations for your organisation.',
    nl: 'Log in om de aanbevelingen voor uw organisatie te zien.',
  },
})

/**
 * GET /api/recommendations/open: the open recommendations of workshop sessions and cases, overdue
 * first, then by owner: all of them for curators, your organisation's for members.
 */
export const openRecommendationsEndpoint: Endpoint = guardedEndpoint({
  handler: async (req) => {
    const docs = await openRecommendations(req)
    return Response.json({ docs, overdue: docs.filter((each) => each.overdue).length, total: docs.length })
  },
  method: 'get',
  path: '/recommendations/open',
  refusal: signInRefusal,
  rule: signedInMayAsk,
})

/**
 * POST /api/workshop-sessions/:id/recommendations/:row {"status", "followUp"}: how a
 * recommendation is followed up (`recordFollowUp`).
 */
export const recordFollowUpEndpoint: Endpoint = guardedEndpoint({
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as Record<string, unknown>
    const recommendation = await recordFollowUp(req, String(req.routeParams?.id ?? ''), String(req.routeParams?.row ?? ''), {
      followUp: body.followUp,
      status: body.status,
    })
    return Response.json({ message: inCallersLanguage(req, { en: 'Follow-up recorded.', nl: 'Opvolging vastgelegd.' }), recommendation })
  },
  method: 'post',
  path: '/:id/recommendations/:row',
  refusal: signInRefusal,
  rule: signedInMayChange,
})
