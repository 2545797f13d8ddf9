import type { Endpoint, PayloadRequest, Where } from 'payload'

import { anyoneMayAsk } from '../../domain/access'
import { knowledgeCollection } from '../../domain/knowledge'
import { inCallersLanguage } from '../../lib/callersLanguage'
import { entityTag, isNotModified, validatorHeaders } from '../../lib/conditionalGet'
import { guardedEndpoint } from '../../lib/endpointAccess'
import { portalPaths } from '../portalAddresses'
import { themeTreeOf } from '../taxonomy/themeTree'
import { type FeedDescription, atomFeed } from './atom'
import { feedPath } from './paths'
import { type FeedSlug, feedSlugs, isFeedSlug, publicItems } from './publicItems'

/** A feed is public and changes when something is published: caches may keep it a few minutes. */
const cacheControl = 'public, max-age=300'

const refusal = { forbidden: 'Feeds are open to everyone.', signIn: 'Feeds are open to everyone.' }

const problem = (status: number, message: string, path: string) => Response.json({ errors: [{ message, path }] }, { status })

/** `interventions.atom` → `interventions`; anything not ending in `.atom` is no feed. */
const nameOf = (req: PayloadRequest, parameter: string) => /^([a-z0-9-]+)\.atom$/.exec(String(req.routeParams?.[parameter] ?? ''))?.[1]

function localeOf(req: PayloadRequest): 'nl' | 'en' | undefined {
  const asked = req.searchParams.get('locale')
  if (asked === null || asked === '' || asked === 'nl') return 'nl'
  return asked === 'en' ? 'en' : undefined
}

type Feed = { description: FeedDescription; collections: readonly FeedSlug[]; where?: Where }

/** Answers with the feed, or 304 when the client's copy (by ETag or date) is still current. */
async function answer(req: PayloadRequest, locale: 'nl' | 'en', { collections, description, where }: Feed): Promise<Response> {
  const items = await publicItems(req.payload, collections, locale, where)
  const { lastModified, xml } = atomFeed(description, items)
  const validators = { etag: entityTag(xml), lastModified }
  const headers = { 'cache-control': cacheControl, ...validatorHeaders(validators) }
  if (isNotModified(req.headers, validators)) return new Response(null, { headers, status: 304 })
  return new Response(xml, { headers: { ...headers, 'content-type': 'application/atom+xml; charset=utf-8' } })
}

const words = {
  badLocale: { en: 'locale must be nl or en.', nl: 'locale moet nl of en zijn.' },
  noCollection: {
    en: `There is no feed with this name; feeds exist for ${feedSlugs.join(', ')} (as <name>.atom).`,
    nl: `Er is geen feed met deze naam; er zijn feeds voor ${feedSlugs.join(', ')} (als <naam>.atom).`,
  },
  noOrganisation: { en: 'There is no organisation with this slug.', nl: 'Er is geen organisatie met deze slug.' },
  noTheme: { en: 'There is no theme with this slug.', nl: 'Er is geen thema met deze slug.' },
  organisationSubtitle: { en: 'Public items of this organisation', nl: 'Openbare items van deze organisatie' },
  collectionSubtitle: { en: 'Newest public items', nl: 'Nieuwste openbare items' },
  themeSubtitle: { en: 'Public items on this theme and its sub-themes', nl: 'Openbare items over dit thema en de subthema’s' },
}

/** A feed endpoint: the name from the path, the locale checked, then `build` says what the feed holds. */
const feedEndpoint = (
  path: string,
  build: (req: PayloadRequest, name: string, locale: 'nl' | 'en') => Promise<Feed | Response>,
): Endpoint[] => {
  const handler = async (req: PayloadRequest) => {
    const locale = localeOf(req)
    if (!locale) return problem(400, inCallersLanguage(req, words.badLocale), 'locale')
    const name = nameOf(req, 'file')
    if (!name) return problem(404, inCallersLanguage(req, words.noCollection), 'file')
    const feed = await build(req, name, locale)
    return feed instanceof Response ? feed : answer(req, locale, feed)
  }
  // Feed readers ask with HEAD too, to see whether the feed changed: the same headers, no body.
  const headersOnly = async (req: PayloadRequest) => {
    const full = await handler(req)
    return new Response(null, { headers: full.headers, status: full.status })
  }
  return [
    guardedEndpoint({ handler, method: 'get', path, refusal, rule: anyoneMayAsk }),
    guardedEndpoint({ handler: headersOnly, method: 'head', path, refusal, rule: anyoneMayAsk }),
  ]
}

const titled = (text: string) => `Weerbaar – ${text}`

/** GET /api/feeds/<collection>.atom: the newest public items of one knowledge collection. */
const collectionFeed = feedEndpoint('/feeds/:file', async (req, name, locale) => {
  if (!isFeedSlug(name)) return problem(404, inCallersLanguage(req, words.noCollection), 'file')
  const entry = knowledgeCollection(name)
  return {
    collections: [name],
    description: {
      locale,
      page: `/zoeken?type=${name}`,
      self: feedPath.collection(name),
      subtitle: words.collectionSubtitle[locale],
      title: titled(entry.labels.plural[locale]),
    },
  }
})

/** The theme or organisation a feed is about, as a visitor reads it. */
async function bySlug(req: PayloadRequest, collection: 'themes' | 'organisations', slug: string, locale: 'nl' | 'en') {
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    limit: 1,
    locale,
    overrideAccess: false,
    where: { slug: { equals: slug } },
  })
  return docs[0]
}

/** GET /api/feeds/themes/<slug>.atom: public items on a theme, sub-themes included. */
const themeFeed = feedEndpoint('/feeds/themes/:file', async (req, slug, locale) => {
  const theme = await bySlug(req, 'themes', slug, locale)
  if (!theme) return problem(404, inCallersLanguage(req, words.noTheme), 'slug')
  const ids = (await themeTreeOf(req.payload, req)).idsFoundBy([slug])
  return {
    collections: feedSlugs,
    description: {
      locale,
      page: portalPaths.theme(slug),
      self: feedPath.theme(slug),
      subtitle: words.themeSubtitle[locale],
      title: titled(String(theme.name ?? slug)),
    },
    where: { themes: { in: ids } },
  }
})

/** GET /api/feeds/organisations/<slug>.atom: public items the organisation owns. */
const organisationFeed = feedEndpoint('/feeds/organisations/:file', async (req, slug, locale) => {
  const organisation = await bySlug(req, 'organisations', slug, locale)
  if (!organisation) return problem(404, inCallersLanguage(req, words.noOrganisation), 'slug')
  return {
    collections: feedSlugs,
    description: {
      locale,
      page: portalPaths.organisation(slug),
      self: feedPath.organisation(slug),
      subtitle: words.organisationSubtitle[locale],
      title: titled(String(organisation.name ?? slug)),
    },
    where: { ownerOrganisation: { equals: organisation.id } },
  }
})

export const feedEndpoints = [...collectionFeed, ...themeFeed, ...organisationFeed]
