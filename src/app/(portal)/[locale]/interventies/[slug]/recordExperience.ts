'use server'

import { APIError, ValidationError } from 'payload'

import { organisationOf, type SessionUser } from '../../../../../../domain/access'

import { experienceWordsFor, isPortalLocale } from '../../../../../portal/i18n'
import { ownExperienceOf } from '../../../../../portal/item'
import { portalContext } from '../../../../../portal/payload'

export type ExperienceFormState = { status: 'idle' | 'saved' | 'invalid'; message?: string; fieldErrors?: Record<string, string> }

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim()

/**
 * A member records their municipality's experience with an intervention. It is saved with the
 * member's own rights and goes to review like any other contribution.
 */
export async function recordExperience(_previous: ExperienceFormState, form: FormData): Promise<ExperienceFormState> {
  const locale = isPortalLocale(form.get('locale')) ? (form.get('locale') as 'nl' | 'en') : 'nl'
  const words = experienceWordsFor(locale)
  const { payload, user } = await portalContext()
  if (!user) return { message: 'Sign in first.', status: 'invalid' }

  const fieldErrors: Record<string, string> = {}
  const month = text(form, 'from')
  if (!/^\d{4}-\d{2}$/.test(month)) fieldErrors.from = locale === 'en' ? 'Choose the month you started.' : 'Kies de maand waarin u begon.'
  const rating = Number(text(form, 'rating'))
  if (!Number.isInteger(rating) || rating < 1 || rating > 5)
    fieldErrors.rating = locale === 'en' ? 'Choose a rating from 1 to 5.' : 'Kies een waardering van 1 tot 5.'
  const result = text(form, 'result')
  if (!result) fieldErrors.result = locale === 'en' ? 'Describe what it achieved.' : 'Beschrijf wat het opleverde.'
  const reachText = text(form, 'reach')
  const reach = reachText ? Number(reachText) : undefined
  if (reach !== undefined && (!Number.isInteger(reach) || reach < 0))
    fieldErrors.reach = locale === 'en' ? 'Give a whole number.' : 'Geef een heel getal.'
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors, message: words.problem, status: 'invalid' }

  const intervention = text(form, 'intervention')
  const data = {
    intervention,
    period: { from: `${month}-01T00:00:00.000Z` },
    rating,
    reach: reach ?? null,
    result,
    wouldRecommend: form.get('wouldRecommend') === 'on',
    workflowStatus: 'in-review',
  }
  const municipality = organisationOf(user as SessionUser)
  const own = municipality ? await ownExperienceOf(payload, user, locale, intervention, municipality) : undefined
  const asMember = { draft: true, locale, overrideAccess: false, user } as const
  try {
    // One experience per municipality and card: a second one updates the first, reviewed again.
    if (own) await payload.update({ ...asMember, collection: 'experiences', data: data as never, id: own.id })
    else await payload.create({ ...asMember, collection: 'experiences', data: { ...data, visibility: 'partners' } as never })
  } catch (error) {
    if (error instanceof ValidationError) {
      const errors = (error.data as { errors?: Array<{ path: string; message: string }> }).errors ?? []
      return { fieldErrors: Object.fromEntries(errors.map((each) => [each.path, each.message])), message: words.problem, status: 'invalid' }
    }
    if (error instanceof APIError && error.status < 500) return { message: error.message, status: 'invalid' }
    throw error
  }
  return { message: own ? words.updated : words.thanks, status: 'saved' }
}
