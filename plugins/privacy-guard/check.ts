import { createHash } from 'node:crypto'

import { findingLabels, findPersonalData } from './detect'
import type { Text } from './texts'
import type { LocatedFinding } from './types'

const fingerprintOf = (kind: string, match: string) =>
  createHash('sha256')
    .update(`${kind}:${match.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ')}`)
    .digest('hex')
    .slice(0, 32)

/** Every piece of personal data in these texts, with where it is. */
export function checkTexts(texts: Text[], personNames: readonly string[]): LocatedFinding[] {
  return texts.flatMap(({ locale, path, text }) =>
    findPersonalData(text, { personNames }).map((finding) => ({
      fingerprint: fingerprintOf(finding.kind, text.slice(finding.index, finding.index + finding.length)),
      kind: finding.kind,
      locale,
      masked: finding.masked,
      path,
    })),
  )
}

/** One line per finding, fit for an error message: never the personal data itself. */
export const describeFinding = (finding: LocatedFinding): string =>
  `${findingLabels[finding.kind as keyof typeof findingLabels]?.en ?? finding.kind} "${finding.masked}" in ${finding.path}${finding.locale ? ` (${finding.locale})` : ''}`
