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

// A country code at the start of a word, any case: "NL91…", "nl91…", "NL 91 …". Only two characters, so a long
// stretch like "NL NL NL …" costs one short look ahead per word.
const countryCodeStart = /(?<![\p{L}\d])[A-Za-z]{2}(?!\p{L})/gu

// Between two characters of an IBAN: up to three spaces, dots or dashes ("NL91 ABNA", "NL91-ABNA", "NL91 - ABNA").
const separatorCharacter = /[ \u00a0\u202f.\-\u2013]/u
const maxSeparatorLength = 3
const ibanCharacter = /[A-Za-z\d]/

// Every Dutch IBAN is a four-letter bank code and a ten-digit account number; checking that shape costs nothing and
// keeps words out.
const dutchIbanShape = /^NL\d{2}[A-Z]{4}\d{10}$/

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

/**
 * Bank account numbers (IBAN) of any country with a valid checksum, compact or split by spaces, dots or dashes in
 * any grouping, in upper or lower case.
 */
export function findIbans(text: string): Finding[] {
  const findings: Finding[] = []
  let searchFrom = 0
  for (const match of text.matchAll(countryCodeStart)) {
    if (match.index < searchFrom) continue
    const iban = ibanAt(text, match.index)
    if (!iban) continue
    findings.push({ index: match.index, kind: 'iban', length: iban.length, masked: maskMiddle(iban) })
    searchFrom = match.index + iban.length
  }
  return findings
}

function ibanAt(text: string, index: number): string | undefined {
  const expectedLength = ibanLengths[text.slice(index, index + 2).toUpperCase()]
  if (expectedLength === undefined) return undefined
  const read = readIbanCharacters(text, index, expectedLength)
  // The IBAN must end where a word ends: "NL91ABNA04171643001" is not an IBAN with a 1 after it.
  if (!read || /[\p{L}\d]/u.test(text.charAt(read.end))) return undefined
  const compact = read.compact.toUpperCase()
  if (compact.startsWith('NL') && !dutchIbanShape.test(compact)) return undefined
  // Read loosely, prose like "de 18 maart 2024 om 10.30 uur" has the length of a German IBAN and passes the checksum
  // one time in 97. In most IBANs (NL, GB, IE, …) letters appear only in the bank code right after the check digits,
  // so a loosely written one may have no letters after that. Account numbers with letters further on (France, Italy)
  // are still found compact or in the usual groups of four.
  if (read.loose && /[A-Z]/.test(compact.slice(8))) return undefined
  return passesIbanChecksum(compact) ? text.slice(index, read.end) : undefined
}

/**
 * Reads `count` letters and digits from `index`, skipping separators between them. Loose is anything but the usual
 * notation: a compact country code and check digits, then single spaces ("NL91 ABNA 0417 1643 00").
 */
function readIbanCharacters(text: string, index: number, count: number): { compact: string; end: number; loose: boolean } | undefined {
  let compact = ''
  let loose = false
  let position = index
  for (;;) {
    const character = text.charAt(position)
    if (!ibanCharacter.test(character)) return undefined
    // The check digits come right after the country code.
    if ((compact.length === 2 || compact.length === 3) && !/\d/.test(character)) return undefined
    compact += character
    position += 1
    if (compact.length === count) return { compact, end: position, loose }
    const separatorStart = position
    while (separatorCharacter.test(text.charAt(position))) {
      position += 1
      if (position - separatorStart > maxSeparatorLength) return undefined
    }
    const separator = text.slice(separatorStart, position)
    if (separator && (compact.length < 4 || !/^[ \u00a0]$/.test(separator))) loose = true
  }
}
