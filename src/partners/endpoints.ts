import type { Endpoint, PayloadRequest } from 'payload'

import { anyoneMayAsk } from '../../domain/access'
import { districtOptions, organisationTypeOptions } from '../../domain/vocabulary'
import { inCallersLanguage } from '../../lib/callersLanguage'
import { ClientError, fieldRefusal } from '../../lib/clientError'
import { bilingualRefusal, guardedEndpoint } from '../../lib/endpointAccess'
import { regionalCoverage } from './coverage'
import { partnerDirectory } from './directory'
import { organisationProfile } from './profile'
import { coverageDocumentation, directoryDocumentation, organisationProfileDocumentation } from './endpointDocumentation'

const openToAll = bilingualRefusal({
  forbidden: { en: 'This key may not read the directory.', nl: 'Deze sleutel mag de partnergids niet lezen.' },
  signIn: { en: 'Sign in to see contact people.', nl: 'Log in om contactpersonen te zien.' },
})

const localeOf = (req: PayloadRequest): 'nl' | 'en' => (req.locale === 'en' ? 'en' : 'nl')

/** One of the options, or nothing; anything else is refused naming the parameter. */
function optionParameter(req: PayloadRequest, name: string, options: ReadonlyArray<{ value: string }>): string | undefined {
  const value = req.searchParams.get(name)?.trim()
  if (!value) return undefined
  if (options.some((option) => option.value === value)) return value
  const values = options.map((option) => option.value).join(', ')
  throw fieldRefusal(req, name, { en: `${name}: one of ${values}.`, nl: `${name}: een van ${values}.` })
}

const slugParameter = (req: PayloadRequest, name: string): string | undefined => {
  const value = req.searchParams.get(name)?.trim()
  if (!value) return undefined
  if (/^[a-z0-9-]{1,120}$/.test(value)) return value
  throw fieldRefusal(req, name, {
    en: `${name}: a slug of lowercase letters, digits and hyphens, as in the item's address.`,
    nl: `${name}: een slug van kleine letters, cijfers en streepjes, zoals in het adres van het item.`,
  })
}

/** GET /api/directory?q=&type=&district=&theme=: the organisations of the partnership; contact counts for signed-in readers. */
export const directoryEndpoint: Endpoint = guardedEndpoint({
  handler: async (req) => {
    const docs = await partnerDirectory(req.payload, req.user, localeOf(req), {
      district: optionParameter(req, 'district', districtOptions),
      q: req.searchParams.get('q') ?? undefined,
      theme: slugParameter(req, 'theme'),
      type: optionParameter(req, 'type', organisationTypeOptions),
    })
    return Response.json({ docs, total: docs.length })
  },
  method: 'get',
  openapi: directoryDocumentation,
  path: '/directory',
  refusal: openToAll,
  rule: anyoneMayAsk,
})

/** GET /api/directory/:slug: one organisation's profile (what it owns and runs, its groups, questions and, signed in, contacts). */
export const organisationProfileEndpoint: Endpoint = guardedEndpoint({
  handler: async (req) => {
    const slug = String(req.routeParams?.slug ?? '')
    const profile = /^[a-z0-9-]{1,120}$/.test(slug) ? await organisationProfile(req.payload, req.user, localeOf(req), slug) : undefined
    if (!profile) {
      throw new ClientError(
        inCallersLanguage(req, {
          en: 'No organisation with that slug: find it in GET /api/directory.',
          nl: 'Geen organisatie met die slug: zoek haar op via GET /api/directory.',
        }),
        404,
      )
    }
    return Response.json(profile)
  },
  method: 'get',
  openapi: organisationProfileDocumentation,
  path: '/directory/:slug',
  refusal: openToAll,
  rule: anyoneMayAsk,
})

/**
 * GET /api/coverage?intervention=&district=&theme=: which municipalities run which intervention
 * card, with counts per district; with one `intervention`, the contact people at each (signed in).
 */
export const coverageEndpoint: Endpoint = guardedEndpoint({
  handler: async (req) =>
    Response.json(
      await regionalCoverage(req.payload, req.user, localeOf(req), {
        district: optionParameter(req, 'district', districtOptions),
        intervention: slugParameter(req, 'intervention'),
        theme: slugParameter(req, 'theme'),
      }),
    ),
  method: 'get',
  openapi: coverageDocumentation,
  path: '/coverage',
  refusal: openToAll,
  rule: anyoneMayAsk,
})
