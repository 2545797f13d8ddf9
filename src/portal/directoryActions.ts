'use server'

import { redirect } from 'next/navigation'

import { hrefIn, isPortalLocale, type PortalLocale } from './i18n'
import { portalContext } from './payload'

const mostThemes = 30

/** Saves what the reader shows of themselves in the partner directory (their own account's rules apply). */
export async function saveDirectorySettings(form: FormData): Promise<void> {
  const locale: PortalLocale = isPortalLocale(form.get('locale')) ? (form.get('locale') as PortalLocale) : 'nl'
  const { payload, user } = await portalContext()
  if (!user) redirect(hrefIn(locale, '/inloggen'))
  const chosen = form.getAll('contactFor').map(String).slice(0, mostThemes)
  const { docs: themes } = await payload.find({
    collection: 'themes',
    depth: 0,
    limit: 0,
    pagination: false,
    where: { id: { in: chosen } },
  })
  await payload.update({
    collection: 'users',
    data: { contactFor: themes.map((theme) => theme.id), shareEmail: form.get('shareEmail') === 'on' },
    depth: 0,
    id: user.id,
    overrideAccess: false,
    user,
  })
  redirect(`${hrefIn(locale, '/volgend')}?gids=1#partnergids`)
}
