import type { Metadata } from 'next'

import { titleOf } from '../../../../../../domain/vocabulary'
import { searchIndexName } from '../../../../../env'
import { hrefIn, type PortalLocale } from '../../../../../portal/i18n'
import { instantSearchWordsFor } from '../../../../../portal/instantSearchWords'
import { portalContext } from '../../../../../portal/payload'
import { facetLabels } from '../../../../../taxonomy/facetLabels'
import { InstantSearchDemo, type RefinementFacet } from './InstantSearchDemo'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: PortalLocale }> }): Promise<Metadata> {
  return { title: instantSearchWordsFor((await params).locale).title }
}

/** The facets the demo refines on, in this order. */
const refinedFacets = ['type', 'theme', 'targetGroup', 'evidenceLevel'] as const

/**
 * A demo of the Meilisearch-compatible search API: InstantSearch's own widgets in the browser,
 * searching through instant-meilisearch at /api/search. It asks without an API key, so the
 * browser's session cookie decides what a signed-in reader finds (same origin), as on /zoeken.
 */
export default async function InstantSearchPage({ params }: { params: Promise<{ locale: PortalLocale }> }) {
  const { locale } = await params
  const words = instantSearchWordsFor(locale)
  const { payload } = await portalContext()
  const labels = await facetLabels(payload, locale)
  const facets: RefinementFacet[] = refinedFacets.map((name) => ({ labels: labels[name], name, title: titleOf(name, locale) }))
  return (
    <>
      <h1 className="utrecht-heading-1">{words.title}</h1>
      <p className="utrecht-paragraph">{words.intro}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={hrefIn(locale, '/zoeken')}>
          {words.classicSearch}
        </a>
      </p>
      <InstantSearchDemo facets={facets} indexName={searchIndexName()} locale={locale} />
    </>
  )
}
