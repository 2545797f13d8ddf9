import type { Finding, FindingKind } from './types'

// When two kinds claim exactly the same span, the one with a checksum or a distinctive shape is the better
// explanation: a valid 11-test number is a BSN even though it could also be read as digits of something else.
const specificity: readonly FindingKind[] = ['iban', 'bsn', 'email', 'licence-plate', 'date-of-birth', 'phone', 'address', 'person-name']

/**
 * One finding per stretch of text, sorted by position. The longer match wins an overlap, since it explains more of
 * the text ("+31 612345678" is a phone number, not a BSN with a prefix; an e-mail address that contains a listed
 * name is reported once, as an e-mail address); equal spans go to the more specific kind.
 */
export function resolveOverlaps(findings: readonly Finding[], textLength: number): Finding[] {
  const byPreference = [...findings].sort(
    (a, b) => b.length - a.length || specificity.indexOf(a.kind) - specificity.indexOf(b.kind) || a.index - b.index,
  )
  // One flag per character keeps this linear in the size of the findings, however many there are.
  const taken = new Uint8Array(textLength)
  const kept: Finding[] = []
  for (const finding of byPreference) {
    const end = finding.index + finding.length
    if (taken.subarray(finding.index, end).includes(1)) continue
    taken.fill(1, finding.index, end)
    kept.push(finding)
  }
  return kept.sort((a, b) => a.index - b.index)
}
