import type { Finding } from './types'

import { maskMiddle } from './mask'
import { resolveOverlaps } from './overlaps'
import { houseNumberPattern, postcodePattern } from './postcode'

const space = String.raw`[ \u00a0]`
const particle = String.raw`(?:van|de|der|den|het|ter|ten|te|op|aan|in|'t|’t)`
const capitalisedWord = String.raw`\p{Lu}[\p{L}'’.\-]*`
const wordStart = String.raw`(?<![\p{L}\d'’.\-])`

// Any street name (capitalised words and particles, at most five words) with a house number, then a postcode:
// "Spui 70, 2511 BT Den Haag", "Laan van Meerdervoort 123b 2517 AB". The postcode makes any street name credible.
const streetThenPostcode = new RegExp(
  String.raw`${wordStart}${capitalisedWord}(?:${space}+(?:${capitalisedWord}|${particle})){0,4}${space}+${houseNumberPattern},?\s+${postcodePattern}`,
  'gu',
)

// "2511 AB 12", "2511AB, 12a", "2511 AB nr. 12".
const postcodeThenNumber = new RegExp(
  String.raw`${postcodePattern},?${space}+(?:(?:nr|no|huisnummer)\.?${space}*)?${houseNumberPattern}`,
  'gu',
)

// Without a postcode only a word that ends like a street name counts: "Hoofdstraat 12", "Markt 12".
const wordThenNumber = new RegExp(String.raw`${wordStart}(\p{Lu}[\p{L}'’\-]*)${space}+(${houseNumberPattern})`, 'gu')

// Street names that start with the street word: "Laan van Meerdervoort 123b", "Weg der Verenigde Naties 1".
const streetWordFirst = new RegExp(
  String.raw`${wordStart}(?:Laan|Weg|Plein|Kade|Straat|Singel|Dreef|Dijk|Gracht|Park|Markt|Hof|Pad|Steeg|Wal|Plantsoen|Boulevard)(?:${space}+${particle}){1,3}(?:${space}+\p{Lu}[\p{L}'’\-]*){1,2}${space}+(${houseNumberPattern})`,
  'gu',
)

// Common endings of Dutch street names. Endings that are also everyday words are left out on purpose:
// "-dam" (Amsterdam 2024), "-plaats" (Werkplaats 3), "-ring" (Vordering 2), "-baan" (Loopbaan 1), "-oord" (Antwoord 2).
const streetSuffixes = [
  'straat',
  'weg',
  'laan',
  'plein',
  'kade',
  'gracht',
  'singel',
  'dijk',
  'hof',
  'pad',
  'steeg',
  'dreef',
  'park',
  'markt',
  'plantsoen',
  'boulevard',
  'allee',
  'wal',
  'kaai',
  'haven',
]

// Everyday words with a street ending that are followed by a number often enough to matter.
const notStreets = new Set(['arbeidsmarkt', 'blokkade', 'gerechtshof', 'onderweg', 'woningmarkt'])

const endsLikeAStreet = (word: string) => {
  const lower = word.toLowerCase()
  return !notStreets.has(lower) && streetSuffixes.some((suffix) => lower.endsWith(suffix))
}

// Without a postcode, "Kennisplein 2024" or "Arbeidsmarkt 2030" is an event or a policy horizon far more often than
// an address, so bare numbers that read as years do not count.
const looksLikeAYear = (houseNumber: string) => /^(?:19|20)\d{2}$/.test(houseNumber)

/**
 * Addresses: street and house number with a postcode, postcode with house number, or a house number after a word
 * that ends like a Dutch street name. A postcode alone, or a city, is not reported.
 */
export function findAddresses(text: string): Finding[] {
  const spans: Array<{ index: number; length: number }> = []
  for (const pattern of [streetThenPostcode, postcodeThenNumber]) {
    for (const match of text.matchAll(pattern)) spans.push({ index: match.index, length: match[0].length })
  }
  for (const match of text.matchAll(wordThenNumber)) {
    if (!endsLikeAStreet(match[1]!) || looksLikeAYear(match[2]!)) continue
    spans.push({ index: match.index, length: match[0].length })
  }
  for (const match of text.matchAll(streetWordFirst)) {
    if (looksLikeAYear(match[1]!)) continue
    spans.push({ index: match.index, length: match[0].length })
  }
  const findings = spans.map(({ index, length }): Finding => ({
    index,
    kind: 'address',
    length,
    masked: maskMiddle(text.slice(index, index + length)),
  }))
  return resolveOverlaps(findings, text.length)
}
