'use client'

import { instantMeiliSearch } from '@meilisearch/instant-meilisearch'
import { useEffect, useState } from 'react'
import { Configure, Highlight, Hits, InstantSearch, Pagination, RefinementList, Stats, useSearchBox } from 'react-instantsearch'

import { type InstantSearchWords, instantSearchWordsFor } from '../../../../../portal/instantSearchWords'

export type RefinementFacet = { name: string; title: string; labels: Record<string, string> }

type Hit = { id: string; type: string; url: string; title: string; summary: string; __position: number }

/**
 * InstantSearch's search box through its own connector: the widget names its field "Search" in
 * English whatever the page's language, so the label people read would not be its name.
 */
function LabelledSearchBox({ words }: { words: InstantSearchWords }) {
  const { query, refine } = useSearchBox()
  return (
    <form action="" className="ais-SearchBox-form" noValidate onSubmit={(event) => event.preventDefault()} role="search">
      <label className="utrecht-form-label" htmlFor="instantsearch-q">
        {words.searchLabel}
      </label>
      <input
        autoComplete="off"
        className="ais-SearchBox-input utrecht-textbox utrecht-textbox--html-input"
        id="instantsearch-q"
        maxLength={200}
        onChange={(event) => refine(event.currentTarget.value)}
        placeholder={words.placeholder}
        type="search"
        value={query}
      />
    </form>
  )
}

/** The search client, made in the browser: it talks to this site's own /api/search, with the visitor's cookie. */
function useSearchClient() {
  const [client, setClient] = useState<ReturnType<typeof instantMeiliSearch>['searchClient']>()
  useEffect(() => {
    setClient(instantMeiliSearch(`${window.location.origin}/api/search`, '', { finitePagination: true }).searchClient)
  }, [])
  return client
}

export function InstantSearchDemo({ facets, indexName, locale }: { facets: RefinementFacet[]; indexName: string; locale: 'nl' | 'en' }) {
  // Chosen here, not passed in: some words are functions, which a server page cannot hand over.
  const words = instantSearchWordsFor(locale)
  const searchClient = useSearchClient()
  if (!searchClient) return <p className="utrecht-paragraph">{words.loading}</p>
  const prefix = locale === 'en' ? '/en' : ''
  return (
    <InstantSearch future={{ preserveSharedStateOnUnmount: true }} indexName={indexName} searchClient={searchClient}>
      {/* The language is a filter the index understands; the adapter passes `filters` on. */}
      <Configure attributesToHighlight={['title', 'summary']} filters={`locale = ${locale}`} hitsPerPage={10} />
      <div className="portal-instantsearch-box">
        <LabelledSearchBox words={words} />
      </div>
      <div className="portal-search-layout">
        <section aria-labelledby="instantsearch-filters" className="portal-instantsearch-filters">
          <h2 className="utrecht-heading-2" id="instantsearch-filters">
            {words.filters}
          </h2>
          {facets.map((facet) => (
            <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" key={facet.name}>
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{facet.title}</legend>
              <RefinementList
                attribute={facet.name}
                limit={8}
                showMore
                showMoreLimit={40}
                transformItems={(items) => items.map((item) => ({ ...item, label: facet.labels[item.value] ?? item.label }))}
                translations={{ showMoreButtonText: ({ isShowingMore }) => words.showMore(isShowingMore) }}
              />
            </fieldset>
          ))}
        </section>
        <section aria-labelledby="instantsearch-results" className="portal-results">
          <h2 className="utrecht-heading-2" id="instantsearch-results">
            {words.results}
          </h2>
          <Stats
            translations={{
              announcementText: ({ nbHits }) => words.stats(nbHits),
              rootElementText: ({ nbHits, processingTimeMS }) => `${words.stats(nbHits)} (${processingTimeMS} ms)`,
            }}
          />
          <Hits<Hit>
            classNames={{ list: 'portal-cards', item: 'portal-card' }}
            hitComponent={({ hit }) => (
              <article>
                <h3 className="utrecht-heading-3">
                  <a className="utrecht-link" href={`${prefix}${hit.url}`}>
                    <Highlight attribute="title" hit={hit} />
                  </a>
                </h3>
                <p className="utrecht-paragraph">
                  <Highlight attribute="summary" hit={hit} />
                </p>
              </article>
            )}
          />
          <nav aria-label={words.pagination}>
            <Pagination
              padding={2}
              translations={{
                firstPageItemAriaLabel: words.firstPage,
                lastPageItemAriaLabel: words.lastPage,
                nextPageItemAriaLabel: words.nextPage,
                pageItemAriaLabel: ({ currentPage }) => words.page(currentPage),
                previousPageItemAriaLabel: words.previousPage,
              }}
            />
          </nav>
        </section>
      </div>
    </InstantSearch>
  )
}
