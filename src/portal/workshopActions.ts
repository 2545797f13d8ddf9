'use server'

import type { PayloadRequest } from 'payload'

import { redirect } from 'next/navigation'
import { createLocalReq } from 'payload'

import { recordFollowUp } from '../workshop'
import { portalPaths } from '../portalAddresses'
import { hrefIn, isPortalLocale, type PortalLocale } from './i18n'
import { portalContext } from './payload'

/** Records a recommendation's follow-up from the portal, with the reader's own rights; a refusal comes back as its message. */
export async function saveFollowUp(form: FormData): Promise<void> {
  const locale: PortalLocale = isPortalLocale(form.get('locale')) ? (form.get('locale') as PortalLocale) : 'nl'
  const page = hrefIn(locale, portalPaths.recommendations)
  const { payload, user } = await portalContext()
  if (!user) redirect(`${hrefIn(locale, '/inloggen')}?terug=${encodeURIComponent(page)}`)
  const row = String(form.get('row') ?? '').slice(0, 64)
  let problem: string | undefined
  try {
    const req = (await createLocalReq({ locale, user: user as never }, payload)) as PayloadRequest
    await recordFollowUp(req, String(form.get('session') ?? '').slice(0, 64), row, {
      followUp: String(form.get('followUp') ?? ''),
      status: String(form.get('status') ?? ''),
    })
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error)
  }
  redirect(
    problem
      ? `${page}?fout=${encodeURIComponent(problem.slice(0, 300))}#aanbeveling-${row}`
      : `${page}?opgeslagen=${row}#aanbeveling-${row}`,
  )
}
