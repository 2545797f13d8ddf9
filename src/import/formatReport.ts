import type { ImportReport } from './importSpreadsheet'

/** The report as lines for a terminal or a log: what happened, then every problem with its place. */
export function formatReport(report: ImportReport): string {
  const lines: string[] = []
  const { created, file, rows, unchanged, updated } = report
  if (report.written)
    lines.push(`${file}: imported ${rows} rows into ${report.collection}: ${created} created, ${updated} updated, ${unchanged} unchanged.`)
  else if (report.problems.length === 0)
    lines.push(
      `${file}: dry run, no problems in ${rows} rows: would create ${created}, update ${updated}, leave ${unchanged} unchanged. Nothing was written.`,
    )
  else lines.push(`${report.file}: ${report.problems.length} problem(s); nothing was written. Fix them and import again.`)
  for (const problem of report.problems) {
    const place = [
      problem.row ? `row ${problem.row}` : undefined,
      problem.column ? `column "${problem.column}"` : undefined,
      problem.cell ? `(${problem.cell})` : undefined,
    ]
      .filter(Boolean)
      .join(', ')
    lines.push(`  ${place ? `${place}: ` : ''}${problem.message}`)
  }
  for (const note of report.notes) lines.push(`  note: ${note}`)
  return lines.join('\n')
}
