import type { Metadata } from 'next'

import { knowledgeCollection } from '../../../../../domain/knowledge'
import { searchFacets as facetNames, titleOf } from '../../../../../domain/vocabulary'
import { escapeHtml } from '../../../../../lib/escapeHtml'
import { isSearchEngineUnavailable, parseSearchParams, runSearch, type SearchResponse } from '../../../../../plugins/search'
import { searchOptions } from '../../../../search/options'
import { feedSlugs } from '../../../../feeds'
import { feedAlternates, feedPath } from '../../../../portal/feeds'
import { facetLabels } from '../../../../taxonomy/facetLabels'
import { dictionaryFor, hrefIn, type PortalLocale, searchWordsFor } from '../../../../portal/i18n'
import { portalContext } from '../../../../portal/payload'
import { downloadParameters } from '../../../../portal/downloads'
import { FeedLink } from '../FeedLink'
import { FilterForm } from './FilterForm'
import { LiveSearch } from './LiveSearch'

export const dynamic = 'force-dynamic'

type SearchParams = Record<string, string | string[] | undefined>

/** A search narrowed to one collection is that collection's list: it has the collection's feed. */
const listedCollection = (raw: SearchParams) => {
  const types = [raw.type].flat().filter(Boolean)
  return types.length === 1 && feedSlugs.includes(types[0] as never) ? (types[0] as (typeof feedSlugs)[number]) : undefined
}

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Promise<{ locale: PortalLocale }>
  searchParams: Promise<SearchParams>
}): Promise<Metadata> {
  const { locale } = await params
  const collection = listedCollection(await searchParams)
  const title = dictionaryFor(locale).search
  if (!collection) return { title }
  return {
    alternates: feedAlternates(locale, feedPath.collection(collection), knowledgeCollection(collection).labels.plural[locale]),
    title,
  }
}

/** The visitor's parameters as the search API takes them: only known names, no empty values. */
function toSearchParams(raw: SearchParams): URLSearchParams {
  const params = new URLSearchParams()
  for (const name of ['q', 'sort', 'page', ...facetNames]) {
    for (const value of [raw[name]].flat()) if (value) params.append(name, value)
  }
  return params
}

const withParams = (base: string, params: URLSearchParams) => (params.size > 0 ? `${base}?${params}` : base)

function without(params: URLSearchParams, name: string, value?: string): URLSearchParams {
  const next = new URLSearchParams()
  for (const [key, each] of params) if (key !== 'page' && !(key === name && (value === undefined || each === value))) next.append(key, each)
  return next
}

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: PortalLocale }>
  searchParams: Promise<SearchParams>
}) {
  const { locale } = await params
  const words = { ...dictionaryFor(locale), ...searchWordsFor(locale) }
  const { payload, user } = await portalContext()
  const query = toSearchParams(await searchParams)
  const base = hrefIn(locale, '/zoeken')
  const parsed = parseSearchParams(new URLSearchParams([...query, ['locale', locale]]), searchOptions.facets)
  const labels = await facetLabels(payload, locale)

  let result: SearchResponse | undefined
  let problem: string | undefined
  if (!parsed.ok) problem = parsed.errors.map((error) => error.message).join(' ')
  else {
    try {
      result = await runSearch(payload, user, parsed.query)
    } catch (error) {
      if (!isSearchEngineUnavailable(error)) throw error
      problem = words.unavailable
    }
  }
  const active = [...query].filter(([name]) => (facetNames as readonly string[]).includes(name))
  const page = parsed.ok ? parsed.query.page : 1
  const pages = result ? Math.max(1, Math.ceil(result.total / result.limit)) : 1
  const listed = listedCollection(await searchParams)

  return (
    <>
      <h1 className="utrecht-heading-1">{words.search}</h1>
      {listed ? <FeedLink locale={locale} path={feedPath.collection(listed)} /> : null}
      <LiveSearch action={base} label={words.searchLabel} query={query.get('q') ?? ''} submit={words.searchButton}>
        {[...query]
          .filter(([name]) => name !== 'q' && name !== 'page')
          .map(([name, value]) => (
            <input key={`${name}=${value}`} name={name} type="hidden" value={value} />
          ))}
      </LiveSearch>

      {problem ? (
        <div className="utrecht-alert utrecht-alert--warning" role="alert">
          <p className="utrecht-paragraph">{problem}</p>
        </div>
      ) : null}

      {active.length > 0 ? (
        <section aria-labelledby="active-filters">
          <h2 className="utrecht-heading-2" id="active-filters">
            {words.activeFilters}
          </h2>
          <ul className="portal-themes">
            {active.map(([name, value]) => (
              <li key={`${name}=${value}`}>
                <a
                  className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
                  href={withParams(base, without(query, name, value))}
                >
                  <span className="portal-visually-hidden">{words.removeFilter}: </span>
                  {titleOf(name as never, locale)}: {labels[name as keyof typeof labels][value] ?? value} <span aria-hidden="true">✕</span>
                </a>
              </li>
            ))}
            <li>
              <a className="utrecht-link" href={withParams(base, new URLSearchParams(query.get('q') ? [['q', query.get('q')!]] : []))}>
                {words.clearFilters}
              </a>
            </li>
          </ul>
        </section>
      ) : null}

      {result ? (
        <div className="portal-search-layout">
          <FilterForm action={base} labelledBy="filters">
            <h2 className="utrecht-heading-2" id="filters">
              {words.filters}
            </h2>
            {query.get('q') ? <input name="q" type="hidden" value={query.get('q')!} /> : null}
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor="sort">
                {words.sort}
              </label>
              <select
                className="utrecht-select utrecht-select--html-select"
                defaultValue={query.get('sort') ?? 'relevance'}
                id="sort"
                name="sort"
              >
                <option value="relevance">{words.sortRelevance}</option>
                <option value="newest">{words.sortNewest}</option>
              </select>
            </div>
            {facetNames.map((facet) => {
              const counts = Object.entries(result.facets[facet] ?? {}).sort(([a], [b]) => (facet === 'year' ? b.localeCompare(a) : 0))
              if (counts.length === 0) return null
              return (
                <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" key={facet}>
                  <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                    {titleOf(facet, locale)}
                  </legend>
                  {counts.map(([value, count]) => {
                    const id = `facet-${facet}-${value}`
                    return (
                      <div className="utrecht-form-field utrecht-form-field--checkbox" key={value}>
                        <input
                          className="utrecht-checkbox utrecht-checkbox--html-input"
                          defaultChecked={query.getAll(facet).includes(value)}
                          id={id}
                          name={facet}
                          type="checkbox"
                          value={value}
                        />
                        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                          {labels[facet][value] ?? value} ({count})
                        </label>
                      </div>
                    )
                  })}
                </fieldset>
              )
            })}
            <button className="utrecht-button utrecht-button--secondary-action" type="submit">
              {words.applyFilters}
            </button>
          </FilterForm>

          <section aria-labelledby="results" className="portal-results">
            <h2 aria-live="polite" className="utrecht-heading-2" id="results">
              {words.results(result.total)}
            </h2>
            {result.total > 0 ? (
              <p className="utrecht-paragraph portal-meta">
                {words.download}:{' '}
                {(['csv', 'xlsx', 'json'] as const).map((format, index) => (
                  <span key={format}>
                    {index > 0 ? ' · ' : null}
                    <a
                      className="utrecht-link"
                      download
                      href={`/api/search/export?${new URLSearchParams([...without(query, 'page'), ['locale', locale], ...downloadParameters(locale, format)])}`}
                    >
                      {words.downloadAs(format.toUpperCase())}
                    </a>
                  </span>
                ))}
              </p>
            ) : null}
            {result.hits.length === 0 ? (
              <>
                <p className="utrecht-paragraph">{words.noResults}</p>
                <ul className="utrecht-unordered-list">
                  {words.noResultsTips.map((tip) => (
                    <li className="utrecht-unordered-list__item" key={tip}>
                      {tip}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <ol className="portal-cards">
                {result.hits.map((hit) => (
                  <li className="portal-card" key={`${hit.type}:${hit.id}`}>
                    <p className="portal-meta">{words.collectionNames[hit.type]}</p>
                    {/* Highlights come escaped from the engine with only <mark> added; plain text is escaped here. */}
                    <h3 className="utrecht-heading-3">
                      <a
                        className="utrecht-link"
                        dangerouslySetInnerHTML={{ __html: hit.highlights.title || escapeHtml(hit.title ?? '') }}
                        href={hit.url}
                      />
                    </h3>
                    <p
                      className="utrecht-paragraph"
                      dangerouslySetInnerHTML={{ __html: hit.highlights.summary || escapeHtml(hit.summary ?? '') }}
                    />
                  </li>
                ))}
              </ol>
            )}
            {pages > 1 ? (
              <nav aria-label={words.pagination} className="utrecht-pagination">
                {page > 1 ? (
                  <a
                    className="utrecht-pagination__page-link utrecht-link"
                    href={withParams(base, new URLSearchParams([...without(query, 'page'), ['page', String(page - 1)]]))}
                    rel="prev"
                  >
                    {words.previous}
                  </a>
                ) : null}
                <span>
                  {' '}
                  {page} / {pages}{' '}
                </span>
                {page < pages ? (
                  <a
                    className="utrecht-pagination__page-link utrecht-link"
                    href={withParams(base, new URLSearchParams([...without(query, 'page'), ['page', String(page + 1)]]))}
                    rel="next"
                  >
                    {words.next}
                  </a>
                ) : null}
              </nav>
            ) : null}
          </section>
        </div>
      ) : null}
    </>
  )
}
