'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { APIError } from 'payload'

import { sameSitePath } from '../../lib/sameSitePath'
import { isProduction } from '../env'
import { clientAddressHeader } from '../requests/clientAddress'
import { hrefIn, isPortalLocale, signInWordsFor } from './i18n'
import { portalContext } from './payload'

/** Why signing in failed, and the address that was typed, so the visitor does not type it again. */
export type SignInState = { message?: string; email?: string }

/**
 * Signs in with the same account as the admin panel and sets the same session cookie. The
 * sign-in limits apply: the client address is passed on as the API would see it.
 */
export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const locale = isPortalLocale(form.get('locale')) ? (form.get('locale') as 'nl' | 'en') : 'nl'
  const { payload } = await portalContext()
  const requestHeaders = await headers()
  const email = String(form.get('email') ?? '').slice(0, 320)
  let result
  try {
    result = await payload.login({
      collection: 'users',
      data: { email, password: String(form.get('password') ?? '') },
      req: { headers: new Headers({ [clientAddressHeader]: requestHeaders.get(clientAddressHeader) ?? 'unknown' }) } as never,
    })
  } catch (error) {
    if (error instanceof APIError && error.status === 429) return { email, message: error.message }
    return { email, message: signInWordsFor(locale).failed }
  }
  if (!result.token) return { email, message: signInWordsFor(locale).failed }
  ;(await cookies()).set(`${payload.config.cookiePrefix}-token`, result.token, {
    expires: result.exp ? new Date(result.exp * 1000) : undefined,
    httpOnly: true,
    path: '/',
    sameSite: 'lax',
    secure: isProduction,
  })
  redirect(sameSitePath(form.get('returnTo'), hrefIn(locale, '/')))
}

export async function signOut(form: FormData): Promise<void> {
  const locale = isPortalLocale(form.get('locale')) ? (form.get('locale') as 'nl' | 'en') : 'nl'
  const { payload } = await portalContext()
  ;(await cookies()).delete(`${payload.config.cookiePrefix}-token`)
  redirect(hrefIn(locale, '/'))
}
