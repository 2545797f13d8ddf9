import type { Metadata } from 'next'

import { sameSitePath } from '../../../../../lib/sameSitePath'
import { hrefIn, type PortalLocale, signInWordsFor } from '../../../../portal/i18n'
import { SignInForm } from './SignInForm'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: PortalLocale }> }): Promise<Metadata> {
  return { title: signInWordsFor((await params).locale).title }
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: PortalLocale }>
  searchParams: Promise<{ terug?: string }>
}) {
  const { locale } = await params
  const { terug } = await searchParams
  const words = signInWordsFor(locale)
  const returnTo = sameSitePath(terug, hrefIn(locale, '/'))
  return (
    <>
      <h1 className="utrecht-heading-1">{words.title}</h1>
      <p className="utrecht-paragraph">{words.intro}</p>
      <SignInForm locale={locale} returnTo={returnTo} />
    </>
  )
}
