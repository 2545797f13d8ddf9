import type { Metadata } from 'next'

import { classifications, type ClassificationName, matrixDimensions, matrixFilters, titleOf } from '../../../../../../domain/vocabulary'
import { computeMatrix } from '../../../../../matrix/compute'
import { headersFor } from '../../../../../matrix/dimensions'
import { parseMatrixParams } from '../../../../../matrix/params'
import { facetLabels } from '../../../../../taxonomy/facetLabels'
import { hrefIn, matrixWordsFor, type PortalLocale, searchWordsFor } from '../../../../../portal/i18n'
import { portalContext } from '../../../../../portal/payload'
import { itemHref } from '../../../../../portal/routes'
import { downloadParameters, type DownloadFormat } from '../../../../../portal/downloads'

export const dynamic = 'force-dynamic'

type SearchParams = Record<string, string | string[] | undefined>

export async function generateMetadata({ params }: { params: Promise<{ locale: PortalLocale }> }): Promise<Metadata> {
  return { title: matrixWordsFor((await params).locale).title }
}

const withParams = (base: string, params: URLSearchParams) => (params.size > 0 ? `${base}?${params}` : base)

export default async function MatrixPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: PortalLocale }>
  searchParams: Promise<SearchParams>
}) {
  const { locale } = await params
  // The matrix's own words win where both have one (its download links say what they download).
  const words = { ...searchWordsFor(locale), ...matrixWordsFor(locale) }
  const titles = Object.fromEntries(
    (Object.keys(classifications) as ClassificationName[]).map((name) => [name, titleOf(name, locale)]),
  ) as Record<ClassificationName, string>
  const raw = await searchParams
  const query = new URLSearchParams()
  for (const name of ['rows', 'columns', ...matrixFilters]) for (const value of [raw[name]].flat()) if (value) query.append(name, value)
  const openCell = typeof raw.cell === 'string' ? raw.cell : undefined

  const { payload, user } = await portalContext()
  const parsed = parseMatrixParams(new URLSearchParams([...query, ['locale', locale]]))
  const base = hrefIn(locale, '/interventies/matrix')
  const labels = await facetLabels(payload, locale)
  const filterHeaders = Object.fromEntries(
    await Promise.all(
      matrixFilters.map(async (filter) => [
        filter,
        filter === 'municipality'
          ? Object.entries(labels.municipality)
              .map(([value, label]) => ({ label, value }))
              .sort((a, b) => a.label.localeCompare(b.label))
          : await headersFor(payload, filter, locale),
      ]),
    ),
  ) as Record<(typeof matrixFilters)[number], Array<{ label: string; value: string }>>

  if (!parsed.ok) {
    return (
      <>
        <h1 className="utrecht-heading-1">{words.title}</h1>
        <div className="utrecht-alert utrecht-alert--warning" role="alert">
          <p className="utrecht-paragraph">{parsed.errors.map((error) => error.message).join(' ')}</p>
        </div>
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={base}>
            {words.clearFilters}
          </a>
        </p>
      </>
    )
  }
  const matrix = await computeMatrix(payload, user, parsed.query)
  const cellOf = (row: string, column: string) => matrix.cells.find((cell) => cell.row === row && cell.column === column)
  const [openRow, openColumn] = openCell?.split('~') ?? []
  const opened = openRow && openColumn ? cellOf(openRow, openColumn) : undefined
  const labelOf = (headers: typeof matrix.rows, value: string) => headers.find((header) => header.value === value)?.label ?? value
  const download = (format: DownloadFormat) =>
    `/api/interventions-matrix?${new URLSearchParams([...query, ['locale', locale], ...downloadParameters(locale, format)])}`

  return (
    <>
      <h1 className="utrecht-heading-1">{words.title}</h1>
      <form action={base} className="portal-matrix-form" method="get">
        {(
          [
            ['rows', words.rows, matrix.rowsDimension],
            ['columns', words.columns, matrix.columnsDimension],
          ] as const
        ).map(([name, label, chosen]) => (
          <div className="utrecht-form-field" key={name}>
            <label className="utrecht-form-label" htmlFor={name}>
              {label}
            </label>
            <select className="utrecht-select utrecht-select--html-select" defaultValue={chosen} id={name} name={name}>
              {matrixDimensions.map((dimension) => (
                <option key={dimension} value={dimension}>
                  {titles[dimension]}
                </option>
              ))}
            </select>
          </div>
        ))}
        {matrixFilters.map((filter) => (
          <details className="portal-filter-group" key={filter} open={query.has(filter)}>
            <summary>
              {titles[filter]}
              {query.getAll(filter).length > 0 ? ` (${query.getAll(filter).length})` : ''}
            </summary>
            <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend portal-visually-hidden">
                {titles[filter]}
              </legend>
              {filterHeaders[filter].map(({ label, value }) => {
                const id = `matrix-${filter}-${value}`
                return (
                  <div className="utrecht-form-field utrecht-form-field--checkbox" key={value}>
                    <input
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                      defaultChecked={query.getAll(filter).includes(value)}
                      id={id}
                      name={filter}
                      type="checkbox"
                      value={value}
                    />
                    <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                      {label}
                    </label>
                  </div>
                )
              })}
            </fieldset>
          </details>
        ))}
        <button className="utrecht-button utrecht-button--primary-action" type="submit">
          {words.apply}
        </button>
      </form>

      {/* Focusable, so the keyboard can scroll it on a narrow screen. */}
      <div aria-label={words.title} className="utrecht-table-container utrecht-table-container--overflow-inline" role="region" tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table portal-matrix">
          <caption className="utrecht-table__caption">
            {words.caption(titles[matrix.rowsDimension], titles[matrix.columnsDimension], matrix.total)}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <td className="utrecht-table__header-cell" />
              {matrix.columns.map((column) => (
                <th className="utrecht-table__header-cell" key={column.value} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {matrix.rows.map((row) => (
              <tr className="utrecht-table__row" key={row.value}>
                <th className="utrecht-table__header-cell" scope="row">
                  {row.label}
                </th>
                {matrix.columns.map((column) => {
                  const cell = cellOf(row.value, column.value)
                  const count = cell?.count ?? 0
                  const selected = opened === cell && count > 0
                  return (
                    <td
                      className={`utrecht-table__cell utrecht-table__cell--numeric-data${selected ? ' utrecht-table__cell--selected' : ''}`}
                      data-column={column.value}
                      data-row={row.value}
                      key={column.value}
                    >
                      {count === 0 ? (
                        <span aria-label={words.cellLabel(0, row.label, column.label)}>0</span>
                      ) : (
                        <a
                          aria-current={selected ? 'true' : undefined}
                          className="utrecht-link"
                          href={`${withParams(base, new URLSearchParams([...query, ['cell', `${row.value}~${column.value}`]]))}#cel`}
                        >
                          {count}
                          <span className="portal-visually-hidden">
                            {' '}
                            {words.cellLabel(count, row.label, column.label).replace(/^\d+ /, '')}
                          </span>
                        </a>
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" download href={download('csv')}>
          {words.download}
        </a>{' '}
        <a className="utrecht-link" download href={download('xlsx')}>
          {words.downloadXlsx}
        </a>{' '}
        <a className="utrecht-link" download href={download('json')}>
          {words.downloadJson}
        </a>
      </p>

      {opened && opened.count > 0 ? (
        <section aria-labelledby="cel" className="portal-cell">
          <h2 className="utrecht-heading-2" id="cel" tabIndex={-1}>
            {words.cellTitle(labelOf(matrix.rows, opened.row), labelOf(matrix.columns, opened.column))}
          </h2>
          <ul className="utrecht-unordered-list">
            {opened.interventions.map((item) => (
              <li className="utrecht-unordered-list__item" key={item.id}>
                <a className="utrecht-link" href={itemHref(locale, 'interventions', item.slug)}>
                  {item.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
