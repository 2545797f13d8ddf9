import type { Metadata } from 'next'

import { districtOptions } from '../../../../../domain/vocabulary'
import { regionalCoverage } from '../../../../partners'
import { hrefIn, type PortalLocale } from '../../../../portal/i18n'
import { partnerWordsFor } from '../../../../portal/partnerWords'
import { portalContext } from '../../../../portal/payload'
import { itemHref, portalPaths } from '../../../../portalAddresses'
import { ContactList } from '../ContactList'
import { FilterSelect } from '../FilterSelect'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: PortalLocale }> }): Promise<Metadata> {
  return { title: partnerWordsFor((await params).locale).coverage }
}

type Search = { interventie?: string; district?: string }

/**
 * The regional coverage of intervention cards: a tile map of the 27 municipalities and the same
 * data as a table. With one card chosen, which municipalities run it and whom to call there.
 */
export default async function CoveragePage({
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
  const district = districtOptions.some((option) => option.value === search.district) ? search.district : undefined
  const all = await regionalCoverage(payload, user, locale, { district })
  const chosen = all.rows.find((row) => row.intervention.slug === search.interventie)
  const coverage = chosen ? await regionalCoverage(payload, user, locale, { district, intervention: chosen.intervention.slug }) : all
  const row = chosen ? coverage.rows[0] : undefined
  const districtLabel = (value: string) => districtOptions.find((option) => option.value === value)?.label[locale] ?? value
  const usesCount = (municipality: string) => all.rows.filter((each) => each.municipalities.includes(municipality)).length
  const themes = row ? await payload.find({ collection: 'themes', depth: 0, limit: 200, locale, pagination: false }) : undefined
  const themeNames = new Map((themes?.docs ?? []).map((theme) => [String(theme.id), String(theme.name ?? '')]))
  return (
    <>
      <h1 className="utrecht-heading-1">{words.coverage}</h1>
      <p className="utrecht-paragraph">{words.coverageIntro}</p>
      <form action={hrefIn(locale, portalPaths.coverage)} aria-label={words.filter} className="portal-form portal-filters" method="get">
        <FilterSelect
          anyLabel={words.coverageAll}
          choices={all.rows.map((each) => ({ label: each.intervention.title, value: each.intervention.slug }))}
          id="coverage-intervention"
          label={words.intervention}
          name="interventie"
          value={chosen?.intervention.slug}
        />
        <FilterSelect
          anyLabel={words.any}
          choices={districtOptions.map((option) => ({ label: option.label[locale], value: option.value }))}
          id="coverage-district"
          label={words.district}
          name="district"
          value={district}
        />
        <button className="utrecht-button utrecht-button--secondary-action" type="submit">
          {words.showCoverage}
        </button>
      </form>
      {row ? (
        <h2 className="utrecht-heading-2">
          <a className="utrecht-link" href={itemHref(locale, 'interventions', row.intervention.slug)}>
            {row.intervention.title}
          </a>
          : {words.usingCount(row.municipalities.length, coverage.municipalities.length)}
        </h2>
      ) : null}
      {row ? (
        <section aria-labelledby="coverage-running">
          <h2 className="utrecht-heading-3" id="coverage-running">
            {words.whoToCall}
          </h2>
          {row.municipalities.length === 0 ? <p className="utrecht-paragraph">{words.none}</p> : null}
          <ul className="portal-links">
            {row.municipalities.map((id) => {
              const municipality = coverage.municipalities.find((each) => each.id === id)!
              const contacts = row.contacts?.[id] ?? []
              return (
                <li key={id}>
                  <a className="utrecht-link" href={hrefIn(locale, portalPaths.organisation(municipality.slug))}>
                    {municipality.name}
                  </a>{' '}
                  <span className="portal-meta">({districtLabel(municipality.district)})</span>
                  {!user ? null : contacts.length > 0 ? (
                    <ContactList contacts={contacts} emailLabel={words.email} forThemes={words.contactFor} themeNames={themeNames} />
                  ) : (
                    <p className="portal-meta">{words.noContact}</p>
                  )}
                </li>
              )
            })}
          </ul>
          {user ? null : <p className="utrecht-paragraph">{words.contactsSignIn}</p>}
        </section>
      ) : null}
      <section aria-labelledby="coverage-map">
        <h2 className="utrecht-heading-3" id="coverage-map">
          {words.coverageMap(coverage.municipalities.length)}
        </h2>
        <ul className="portal-tiles">
          {coverage.municipalities.map((municipality) => {
            const on = row ? row.municipalities.includes(municipality.id) : usesCount(municipality.id) > 0
            return (
              <li className={`portal-tile${on ? ' portal-tile--on' : ''}`} key={municipality.id}>
                <a className="portal-tile__name" href={hrefIn(locale, portalPaths.organisation(municipality.slug))}>
                  {municipality.name.replace(/^Gemeente /, '')}
                </a>
                <span className="portal-tile__value">
                  {row ? (on ? words.using : words.notUsing) : words.coverageUses(usesCount(municipality.id))}
                </span>
              </li>
            )
          })}
        </ul>
      </section>
      <section aria-labelledby="coverage-table">
        <h2 className="utrecht-heading-3" id="coverage-table">
          {row ? words.coverageTable : words.coverageCounts}
        </h2>
        <div className="portal-table-scroll">
          {row ? (
            <table className="utrecht-table portal-table">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    {words.municipality}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {words.district}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {words.runsIt}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {[...coverage.municipalities]
                  .sort((a, b) => Number(row.municipalities.includes(b.id)) - Number(row.municipalities.includes(a.id)))
                  .map((municipality) => {
                    const on = row.municipalities.includes(municipality.id)
                    return (
                      <tr className="utrecht-table__row" key={municipality.id}>
                        <th className="utrecht-table__header-cell" scope="row">
                          <a className="utrecht-link" href={hrefIn(locale, portalPaths.organisation(municipality.slug))}>
                            {municipality.name}
                          </a>
                        </th>
                        <td className="utrecht-table__cell">{districtLabel(municipality.district)}</td>
                        <td className="utrecht-table__cell">{on ? words.using : words.notUsing}</td>
                      </tr>
                    )
                  })}
              </tbody>
            </table>
          ) : (
            <table className="utrecht-table portal-table">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    {words.intervention}
                  </th>
                  {coverage.districts.map((each) => (
                    <th className="utrecht-table__header-cell" key={each} scope="col">
                      {districtLabel(each)}
                    </th>
                  ))}
                  <th className="utrecht-table__header-cell" scope="col">
                    {words.total}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {coverage.rows.map((each) => (
                  <tr className="utrecht-table__row" key={each.intervention.id}>
                    <th className="utrecht-table__header-cell" scope="row">
                      <a
                        className="utrecht-link"
                        href={`${hrefIn(locale, portalPaths.coverage)}?interventie=${each.intervention.slug}${district ? `&district=${district}` : ''}`}
                      >
                        {each.intervention.title}
                      </a>
                    </th>
                    {coverage.districts.map((name) => (
                      <td className="utrecht-table__cell" key={name}>
                        {each.byDistrict[name] ?? 0}
                      </td>
                    ))}
                    <td className="utrecht-table__cell">{each.municipalities.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </section>
    </>
  )
}
