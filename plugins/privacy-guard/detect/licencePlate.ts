import type { Finding } from './types'

import { maskMiddle } from './mask'

/** The RDW sidecodes 1–14: X is a letter, 9 a digit. */
const sidecodes = [
  'XX-99-99',
  '99-99-XX',
  '99-XX-99',
  'XX-99-XX',
  'XX-XX-99',
  '99-XX-XX',
  '99-XXX-9',
  '9-XXX-99',
  'XX-999-X',
  'X-999-XX',
  'XXX-99-X',
  'X-99-XXX',
  '9-XX-999',
  '999-XX-9',
]

const asPattern = (sidecode: string) =>
  sidecode.replace(/X+|9+/g, (run) => (run[0] === 'X' ? `[A-Z]{${run.length}}` : `\\d{${run.length}}`))

// Three groups exactly, so two-part codes like "COVID-19", "NEN-7510" or "WMO-2015" never match; not part of a
// longer dashed code either.
const dashedPlatePattern = new RegExp(String.raw`(?<![\p{L}\d\-])(?:${sidecodes.map(asPattern).join('|')})(?![\p{L}\d]|-[\p{L}\d])`, 'gu')

// Without dashes six letters and digits could be anything (a product code, a reference), so they only count right
// after the word: "kenteken 12AB34", "licence plate: AB123C".
const keywordThenCompactPlate =
  /(?<!\p{L})(?:[Kk]enteken(?:nummer)?|[Ll]icen[cs]e[ \u00a0\-]?plate(?:[ \u00a0]+number)?)[ \u00a0]*:?[ \u00a0]*(?:(?:is|was)[ \u00a0]+)?([A-Z\d]{6})(?![\p{L}\d])/gu

const compactSidecode = new RegExp(`^(?:${sidecodes.map((code) => asPattern(code.replaceAll('-', ''))).join('|')})$`)

/** Dutch licence plates (kentekens) in the sidecodes with dashes, or without dashes after the word "kenteken". */
export function findLicencePlates(text: string): Finding[] {
  const findings: Finding[] = []
  for (const match of text.matchAll(dashedPlatePattern)) {
    findings.push({ index: match.index, kind: 'licence-plate', length: match[0].length, masked: maskMiddle(match[0]) })
  }
  for (const match of text.matchAll(keywordThenCompactPlate)) {
    const plate = match[1]!
    if (!compactSidecode.test(plate)) continue
    const index = match.index + match[0].length - plate.length
    findings.push({ index, kind: 'licence-plate', length: plate.length, masked: maskMiddle(plate) })
  }
  return findings
}
