'use client'

import type { ImportReport } from '../import/importSpreadsheet'

import { useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { downloadParameters } from '../portal/downloads'
import { adminTexts, type AdminTexts } from './texts'

type Report = Pick<ImportReport, 'created' | 'notes' | 'problems' | 'unchanged' | 'updated' | 'written'>

function Summary({ report, texts }: { report: Report; texts: AdminTexts['import'] }) {
  const counts = texts.counts(report.created, report.updated, report.unchanged)
  if (report.written)
    return (
      <p role="status">
        {texts.imported}: {counts}.
      </p>
    )
  if (report.problems.length === 0)
    return (
      <p role="status">
        {texts.noProblems} ({counts})
      </p>
    )
  return <p role="alert">{texts.problems(report.problems.length)}</p>
}

/** The upload form and the report of a check or an import. */
export function ImportForm({ collections }: { collections: Array<{ slug: string; label: string }> }) {
  const [collection, setCollection] = useState(collections[0]!.slug)
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<Report>()
  const [failure, setFailure] = useState<string>()
  const { i18n } = useTranslation()
  const texts = adminTexts(i18n.language).import

  const send = async (form: HTMLFormElement, dryRun: boolean) => {
    setBusy(true)
    setFailure(undefined)
    setReport(undefined)
    try {
      const response = await fetch(`/api/import/${collection}?dryRun=${dryRun}`, {
        body: new FormData(form),
        credentials: 'include',
        method: 'POST',
      })
      const body = await response.json()
      if (Array.isArray(body.problems)) setReport(body as Report)
      else setFailure(body.errors?.map((each: { message: string }) => each.message).join(' ') ?? `HTTP ${response.status}`)
    } catch {
      setFailure(texts.unreachable)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
        void send(event.currentTarget, submitter?.value !== 'import')
      }}
    >
      <p>
        <label htmlFor="import-collection">{texts.collection} </label>
        <select id="import-collection" onChange={(event) => setCollection(event.target.value)} value={collection}>
          {collections.map((each) => (
            <option key={each.slug} value={each.slug}>
              {each.label}
            </option>
          ))}
        </select>{' '}
        <a href={`/api/import/${collection}/template?${new URLSearchParams(downloadParameters(i18n.language, 'csv'))}`}>{texts.template}</a>
      </p>
      <p>
        <label htmlFor="import-file">{texts.file} </label>
        <input
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          id="import-file"
          name="file"
          required
          type="file"
        />
      </p>
      <p>
        <button className="btn btn--style-secondary btn--size-medium" disabled={busy} type="submit" value="check">
          {texts.check}
        </button>{' '}
        <button className="btn btn--style-primary btn--size-medium" disabled={busy} type="submit" value="import">
          {texts.import}
        </button>
      </p>
      {busy && <p role="status">{texts.busy}</p>}
      {failure && <p role="alert">{failure}</p>}
      {report && (
        <section aria-label={texts.report}>
          <Summary report={report} texts={texts} />
          {report.problems.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th scope="col">{texts.row}</th>
                  <th scope="col">{texts.column}</th>
                  <th scope="col">{texts.cell}</th>
                  <th scope="col">{texts.problem}</th>
                </tr>
              </thead>
              <tbody>
                {report.problems.map((problem, index) => (
                  <tr key={index}>
                    <td>{problem.row ?? ''}</td>
                    <td>{problem.column ?? ''}</td>
                    <td>{problem.cell ?? ''}</td>
                    <td>{problem.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </section>
      )}
    </form>
  )
}
