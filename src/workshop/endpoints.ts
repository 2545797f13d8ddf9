import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { groupsOf, isCurator, organisationOf, signedInMayAsk, signedInMayChange, userOf } from '../../domain/access'
import { recommendationStatuses } from '../../domain/workshop'
import { inCallersLanguage } from '../../lib/callersLanguage'
import { ClientError, fieldRefusal } from '../../lib/clientError'
import { bilingualRefusal, guardedEndpoint } from '../../lib/endpointAccess'
import { idOf } from '../../lib/idOf'
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

type Row = Record<string, unknown> & { id?: string }

/**
 * POST /api/workshop-sessions/:id/recommendations/:row {"status", "followUp"}: how a
 * recommendation is followed up, recorded by its owner organisation, the session's group or a
 * curator. Owners need not be in the group: this is the one thing they change.
 */
export const recordFollowUpEndpoint: Endpoint = guardedEndpoint({
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as Record<string, unknown>
    const status = body.status
    if (status !== undefined && !recommendationStatuses.includes(status as never)) {
      throw fieldRefusal(req, 'status', {
        en: `status: one of ${recommendationStatuses.join(', ')}.`,
        nl: `status: een van ${recommendationStatuses.join(', ')}.`,
      })
    }
    const followUp = body.followUp
    if (followUp !== undefined && (typeof followUp !== 'string' || followUp.length > 2000)) {
      throw fieldRefusal(req, 'followUp', {
        en: 'followUp: text of at most 2000 characters on how the recommendation is followed up.',
        nl: 'followUp: tekst van hoogstens 2000 tekens over hoe de aanbeveling wordt opgevolgd.',
      })
    }
    const session = await req.payload.findByID({
      collection: 'workshop-sessions',
      depth: 0,
      disableErrors: true,
      id: String(req.routeParams?.id ?? ''),
      overrideAccess: false,
      req,
    })
    const rows = ((session as { recommendations?: Row[] } | null)?.recommendations ?? []) as Row[]
    const row = rows.find((each) => String(each.id) === String(req.routeParams?.row ?? ''))
    if (!session || !row) {
      throw new ClientError(
        inCallersLanguage(req, {
          en: 'No such recommendation that you may see: check the link, or open the list of open recommendations.',
          nl: 'Deze aanbeveling bestaat niet of u mag haar niet zien: controleer de link, of open de lijst met open aanbevelingen.',
        }),
        404,
      )
    }
    const user = userOf(req)
    const mayRecord =
      isCurator(user) ||
      idOf(row.ownerOrganisation) === organisationOf(user) ||
      groupsOf(user).includes(idOf((session as { group?: unknown }).group) ?? '')
    if (!mayRecord) {
      throw new ClientError(
        inCallersLanguage(req, {
          en: 'Only the owner organisation, the session’s group and curators record the follow-up of this recommendation.',
          nl: 'Alleen de eigenaar, de groep van de bijeenkomst en de redactie leggen de opvolging van deze aanbeveling vast.',
        }),
        403,
      )
    }
    const changed = { ...row, ...(status !== undefined ? { status } : {}), ...(followUp !== undefined ? { followUp } : {}) }
    await req.payload.update({
      collection: 'workshop-sessions',
      data: { recommendations: rows.map((each) => (each.id === row.id ? changed : each)) as never },
      depth: 0,
      id: session.id,
      overrideAccess: true,
      req,
    })
    return Response.json({
      message: inCallersLanguage(req, { en: 'Follow-up recorded.', nl: 'Opvolging vastgelegd.' }),
      recommendation: changed,
    })
  },
  method: 'post',
  path: '/:id/recommendations/:row',
  refusal: signInRefusal,
  rule: signedInMayChange,
})
