import type { Finding } from './types'

import { maskMiddle } from './mask'

// Nine digits, or three groups of three split by the same dot or space. Not part of a longer number: no digit
// right before or after (also not across a dot, comma, dash or slash, as in "2024-123456782" or "1.123.456.789"),
// no country code in front ("+31 612345678" is a phone number) and no currency in front (a nine-digit amount).
const bsnPattern = /(?<!\d[.,\-/]?)(?<!\+\d{1,3}[ \u00a0]?)(?<!(?:[€$£]|EUR)[ \u00a0]?)\d{3}([. \u00a0]?)\d{3}\1\d{3}(?![.,\-/]?\d)/gu

/** The Dutch 11-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and the number is not all zeros). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false
  let sum = 0
  for (let position = 0; position < 8; position += 1) sum += (9 - position) * Number(digits[position])
  sum -= Number(digits[8])
  return sum % 11 === 0
}

/** Citizen service numbers (BSN): nine digits that pass the 11-test. Eight-digit BSNs with an implied leading zero are not recognised. */
export function findBsns(text: string): Finding[] {
  const findings: Finding[] = []
  for (const match of text.matchAll(bsnPattern)) {
    if (!passesElevenTest(match[0].replace(/\D/g, ''))) continue
    findings.push({ index: match.index, kind: 'bsn', length: match[0].length, masked: maskMiddle(match[0]) })
  }
  return findings
}
