import { cache } from 'react'

import type { Organisation, Theme } from '../payload-types'
import type { PortalLocale } from './i18n'

import { portalContext } from './payload'

const bySlug = cache(async (collection: 'themes' | 'organisations', locale: PortalLocale, slug: string) => {
  const { payload } = await portalContext()
  const { docs } = await payload.find({ collection, depth: 1, limit: 1, locale, pagination: false, where: { slug: { equals: slug } } })
  return docs[0]
})

/** A theme or organisation by slug, read once per request (the page and its title both ask). Both are public. */
export const themeBySlug = (locale: PortalLocale, slug: string) => bySlug('themes', locale, slug) as Promise<Theme | undefined>
export const organisationBySlug = (locale: PortalLocale, slug: string) =>
  bySlug('organisations', locale, slug) as Promise<Organisation | undefined>
