import type { Metadata } from 'next'

import { headers } from 'next/headers'

import { dictionaryFor, hrefIn, localeOfAddress } from '../../../portal/i18n'

// A not-found page gets no route parameters: the language comes from the address as typed.
const localeOfRequest = async () => localeOfAddress((await headers()).get('x-portal-path') ?? '/')

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionaryFor(await localeOfRequest()).notFound }
}

export default async function PortalNotFound() {
  const locale = await localeOfRequest()
  const words = dictionaryFor(locale)
  return (
    <>
      <h1 className="utrecht-heading-1">{words.notFound}</h1>
      <p className="utrecht-paragraph">{words.notFoundHelp}</p>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link" href={hrefIn(locale, '/zoeken')}>
            {words.search}
          </a>
        </li>
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link" href={hrefIn(locale, '/')}>
            {words.home}
          </a>
        </li>
      </ul>
    </>
  )
}
