import type { Finding } from './types'

import { maskMiddle } from './mask'

/** Length of a full IBAN per country (SWIFT IBAN registry, including the countries that use it nationally only). */
const ibanLengths: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AO: 25,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BF: 27,
  BG: 22,
  BH: 22,
  BI: 27,
  BJ: 28,
  BR: 29,
  BY: 28,
  CH: 21,
  CI: 28,
  CM: 27,
  CR: 22,
  CV: 25,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  DZ: 24,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HN: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IR: 26,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MG: 27,
  MK: 19,
  ML: 28,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  MZ: 25,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SN: 28,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
}

// Country code and check digits, then at least eleven more letters or digits, single spaces allowed anywhere.
// Deliberately generous at the end (it may run into the next words); the country's length cuts it to size.
// Each repetition is one optional space plus one character, so there is only one way to match: no backtracking.
const candidatePattern = /(?<![\p{L}\d])[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z\d]){11,30}/gu

/** ISO 7064 mod-97: move the first four characters to the end, read letters as 10–35, the remainder must be 1. */
export function passesIbanChecksum(compactIban: string): boolean {
  const rearranged = (compactIban.slice(4) + compactIban.slice(0, 4)).toUpperCase()
  let remainder = 0
  for (const character of rearranged) {
    const value = Number.parseInt(character, 36)
    if (Number.isNaN(value)) return false
    // One or two decimal digits at a time keeps the running number far below Number.MAX_SAFE_INTEGER.
    remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97
  }
  return remainder === 1
}

/** Bank account numbers (IBAN) of any country, compact or in groups of four, with a valid checksum. */
export function findIbans(text: string): Finding[] {
  const findings: Finding[] = []
  // A hand-driven loop, because a candidate may swallow the start of the next IBAN: after a hit the search resumes
  // right behind the IBAN, after a miss one character further.
  const pattern = new RegExp(candidatePattern)
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const iban = ibanAt(text, match.index, match[0])
    pattern.lastIndex = match.index + (iban?.length ?? 1)
    if (iban) findings.push({ index: match.index, kind: 'iban', length: iban.length, masked: maskMiddle(iban) })
  }
  return findings
}

function ibanAt(text: string, index: number, candidate: string): string | undefined {
  const expectedLength = ibanLengths[candidate.slice(0, 2).toUpperCase()]
  if (expectedLength === undefined) return undefined
  const end = endAfterCharacters(candidate, expectedLength)
  if (end === undefined) return undefined
  // The IBAN must end where a word ends: "NL91ABNA04171643001" is not an IBAN with a 1 after it.
  if (/[\p{L}\d]/u.test(text.charAt(index + end))) return undefined
  const iban = candidate.slice(0, end)
  return passesIbanChecksum(iban.replace(/\s/g, '')) ? iban : undefined
}

/** The offset in `spaced` right after its `count`-th non-space character, if it has that many. */
function endAfterCharacters(spaced: string, count: number): number | undefined {
  let seen = 0
  for (let offset = 0; offset < spaced.length; offset += 1) {
    if (/\s/.test(spaced[offset]!)) continue
    seen += 1
    if (seen === count) return offset + 1
  }
  return undefined
}
