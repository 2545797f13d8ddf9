'use client'

import type { ImportReport } from '../import/importSpreadsheet'

import { useState } from 'react'

type Report = Pick<ImportReport, 'created' | 'notes' | 'problems' | 'unchanged' | 'updated' | 'written'>

function Summary({ report }: { report: Report }) {
  const counts = `${report.created} nieuw / new, ${report.updated} bijgewerkt / updated, ${report.unchanged} ongewijzigd / unchanged`
  if (report.written) return <p role="status">Geïmporteerd / Imported: {counts}.</p>
  if (report.problems.length === 0)
    return <p role="status">Geen problemen; er is niets geschreven. / No problems; nothing was written. ({counts})</p>
  return (
    <p role="alert">
      {report.problems.length} probleem/problemen; er is niets geschreven. / {report.problems.length} problem(s); nothing was written.
    </p>
  )
}

/** The upload form and the report of a check or an import. */
export function ImportForm({ collections }: { collections: Array<{ slug: string; label: string }> }) {
  const [collection, setCollection] = useState(collections[0]!.slug)
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<Report>()
  const [failure, setFailure] = useState<string>()

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
      setFailure('De server is niet bereikbaar; probeer het opnieuw. / The server cannot be reached; try again.')
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
        <label htmlFor="import-collection">Collectie / Collection </label>
        <select id="import-collection" onChange={(event) => setCollection(event.target.value)} value={collection}>
          {collections.map((each) => (
            <option key={each.slug} value={each.slug}>
              {each.label}
            </option>
          ))}
        </select>{' '}
        <a href={`/api/import/${collection}/template`}>Sjabloon (CSV) / Template (CSV)</a>
      </p>
      <p>
        <label htmlFor="import-file">Bestand / File </label>
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
          Controleren / Check
        </button>{' '}
        <button className="btn btn--style-primary btn--size-medium" disabled={busy} type="submit" value="import">
          Importeren / Import
        </button>
      </p>
      {busy && <p role="status">Bezig… / Working…</p>}
      {failure && <p role="alert">{failure}</p>}
      {report && (
        <section aria-label="Rapport / Report">
          <Summary report={report} />
          {report.problems.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th scope="col">Rij / Row</th>
                  <th scope="col">Kolom / Column</th>
                  <th scope="col">Cel / Cell</th>
                  <th scope="col">Probleem / Problem</th>
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
