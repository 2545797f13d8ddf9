import type { Metadata } from 'next'

import { districtOptions, organisationTypeOptions } from '../../../../../domain/vocabulary'
import { partnerDirectory } from '../../../../partners'
import { hrefIn, type PortalLocale } from '../../../../portal/i18n'
import { partnerWordsFor } from '../../../../portal/partnerWords'
import { portalContext } from '../../../../portal/payload'
import { portalPaths } from '../../../../portalAddresses'
import { FilterSelect } from '../FilterSelect'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: PortalLocale }> }): Promise<Metadata> {
  return { title: partnerWordsFor((await params).locale).directory }
}

type Search = { q?: string; soort?: string; district?: string; thema?: string }

const optionValue = (options: ReadonlyArray<{ value: string }>, value?: string) =>
  options.some((each) => each.value === value) ? value : undefined

/** The partner directory: find an organisation by name, kind, district or theme, and its contact people. */
export default async function DirectoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: PortalLocale }>
  searchParams: Promise<Search>
}) {
  const { locale } = await params
  const search = await searchParams
  const words = partnerWordsFor(locale)
  const { payload, user } = await portalContext()
  const type = optionValue(organisationTypeOptions, search.soort)
  const district = optionValue(districtOptions, search.district)
  const themes = await payload.find({ collection: 'themes', depth: 0, limit: 200, locale, pagination: false, sort: 'order' })
  const theme = themes.docs.some((each) => each.slug === search.thema) ? search.thema : undefined
  const entries = await partnerDirectory(payload, user, locale, { district, q: search.q, theme, type })
  const typeLabel = (value: string) => organisationTypeOptions.find((option) => option.value === value)?.label[locale] ?? value
  const districtLabel = (value?: string) => districtOptions.find((option) => option.value === value)?.label[locale]
  return (
    <>
      <h1 className="utrecht-heading-1">{words.directory}</h1>
      <p className="utrecht-paragraph">{words.directoryIntro}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={hrefIn(locale, portalPaths.coverage)}>
          {words.coverage}
        </a>{' '}
        ·{' '}
        <a className="utrecht-link" href={hrefIn(locale, portalPaths.groups)}>
          {words.groups}
        </a>
      </p>
      <form action={hrefIn(locale, portalPaths.directory)} aria-label={words.filter} className="portal-form portal-filters" method="get">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="directory-q">
            {words.search}
          </label>
          <input
            className="utrecht-textbox utrecht-textbox--html-input"
            defaultValue={search.q ?? ''}
            id="directory-q"
            maxLength={80}
            name="q"
            type="search"
          />
        </div>
        <FilterSelect
          anyLabel={words.any}
          choices={organisationTypeOptions.map((option) => ({ label: option.label[locale], value: option.value }))}
          id="directory-type"
          label={words.type}
          name="soort"
          value={type}
        />
        <FilterSelect
          anyLabel={words.any}
          choices={districtOptions.map((option) => ({ label: option.label[locale], value: option.value }))}
          id="directory-district"
          label={words.district}
          name="district"
          value={district}
        />
        <FilterSelect
          anyLabel={words.any}
          choices={themes.docs.map((each) => ({ label: String(each.name ?? ''), value: String(each.slug) }))}
          id="directory-theme"
          label={words.theme}
          name="thema"
          value={theme}
        />
        <button className="utrecht-button utrecht-button--secondary-action" type="submit">
          {words.filter}
        </button>
      </form>
      {entries.length === 0 ? <p className="utrecht-paragraph">{words.none}</p> : null}
      <ul className="portal-results portal-directory">
        {entries.map((entry) => (
          <li className="portal-result" key={entry.id}>
            <h2 className="utrecht-heading-3">
              <a className="utrecht-link" href={hrefIn(locale, portalPaths.organisation(entry.slug))}>
                {entry.name}
              </a>
            </h2>
            <p className="portal-meta">
              {[
                typeLabel(entry.type),
                districtLabel(entry.district),
                entry.cityDealPartner ? words.cityDealPartner : undefined,
                entry.contacts ? words.contactsCount(entry.contacts) : undefined,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ul>
      {user ? null : <p className="utrecht-paragraph">{words.contactsSignIn}</p>}
    </>
  )
}
