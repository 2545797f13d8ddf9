import { createHash } from 'node:crypto'

import { findingLabels, findPersonalData } from './detect'
import type { Text } from './texts'
import type { LocatedFinding } from './types'

const fingerprintOf = (kind: string, match: string) =>
  createHash('sha256')
    .update(`${kind}:${match.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ')}`)
    .digest('hex')
    .slice(0, 32)

const otherRequestsFirst = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Every piece of personal data in these texts, with where it is. One field at a time, letting
 * other requests be answered in between: a full document is ~100,000 characters, which takes tens
 * of milliseconds to scan, but one field (10,000, rich text 50,000) only a few.
 */
export async function checkTexts(texts: Text[], personNames: readonly string[]): Promise<LocatedFinding[]> {
  const findings: LocatedFinding[] = []
  for (const { locale, path, text } of texts) {
    await otherRequestsFirst()
    for (const finding of findPersonalData(text, { personNames })) {
      findings.push({
        fingerprint: fingerprintOf(finding.kind, text.slice(finding.index, finding.index + finding.length)),
        kind: finding.kind,
        locale,
        masked: finding.masked,
        path,
      })
    }
  }
  return findings
}

/** One line per finding, fit for an error message: never the personal data itself. */
export const describeFinding = (finding: LocatedFinding): string =>
  `${findingLabels[finding.kind as keyof typeof findingLabels]?.en ?? finding.kind} "${finding.masked}" in ${finding.path}${finding.locale ? ` (${finding.locale})` : ''}`
