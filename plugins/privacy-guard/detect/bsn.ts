import type { Finding } from './types'

import {
  continuesAnotherNumber,
  labelledAsAnotherNumber,
  type NumberWindow,
  numberSegments,
  readNumbers,
  type Segment,
} from './looseNumbers'
import { maskMiddle } from './mask'

/** The Dutch 11-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and the number is not all zeros). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false
  let sum = 0
  for (let position = 0; position < 8; position += 1) sum += (9 - position) * Number(digits[position])
  sum -= Number(digits[8])
  return sum % 11 === 0
}

const bsnDigits = { max: 9, min: 9 }

/**
 * Citizen service numbers (BSN): nine digits that pass the 11-test, in any grouping ("123456782", "1234.56.782",
 * "12 34 56 782", "123.456 782"). Not part of a longer number, not after a country code, not an amount. Eight-digit
 * BSNs with an implied leading zero are not recognised.
 */
export function findBsns(text: string): Finding[] {
  return numberSegments(text, { minDigits: bsnDigits.min })
    .filter((segment) => !isAmount(text, segment) && !readsAsPhoneNumber(segment))
    .flatMap((segment) => readNumbers(segment, bsnDigits, (window) => bsnIn(text, window)))
}

function bsnIn(text: string, window: NumberWindow): Finding | undefined {
  if (!passesElevenTest(window.digits)) return undefined
  if (continuesAnotherNumber(text, window) || followsCountryCode(text, window) || readsAsDecimalFraction(window)) return undefined
  if (labelledAsAnotherNumber(text, window.index)) return undefined
  const written = text.slice(window.index, window.end)
  return { index: window.index, kind: 'bsn', length: written.length, masked: maskMiddle(written) }
}

// A currency before or after makes any number an amount, whatever the 11-test says: "€ 123.456.782",
// "123 456 782 euro", "123.456.782,-".
const currencyBefore = /(?:[€$£]|(?<!\p{L})(?:eur|euro)(?!\p{L}))[ \u00a0]*$/iu
const currencyAfter = /^(?:[ \u00a0]*(?:[€$£]|(?:eur|euro)(?!\p{L}))|,[\-\u2013])/iu

function isAmount(text: string, segment: Segment): boolean {
  const start = segment[0]!.index
  const end = segment[segment.length - 1]!.end
  return currencyBefore.test(text.slice(Math.max(0, start - 8), start)) || currencyAfter.test(text.slice(end, end + 8))
}

/**
 * Ten digits starting with 0 are a phone number, and 0800 or 0900, 0906, 0909 with up to seven more an information
 * line ("0800 100 03 67", which the phone detector leaves alone on purpose): not a BSN with digits around it, even
 * when nine of them pass the 11-test.
 */
const readsAsPhoneNumber = (segment: Segment) => {
  const digits = segment.map((chunk) => chunk.digits).join('')
  return /^0\d{9}$/.test(digits) || /^0(?:800|90[069])\d{0,7}$/.test(digits)
}

const plusBefore = (text: string, index: number) => /\+[ \u00a0]?$/.test(text.slice(Math.max(0, index - 2), index))

/** "+31 612345678", "+32 123456782", "0032 123456782": nine digits after a country code are a phone number abroad. */
function followsCountryCode(text: string, window: NumberWindow): boolean {
  if (window.startsSegment) return plusBefore(text, window.index)
  const previous = window.previous!
  if (/^00\d{1,3}$/.test(previous.written)) return true
  return previous === window.segmentStart && /^\d{1,3}$/.test(previous.written) && plusBefore(text, previous.index)
}

/**
 * "52.0799838" (a coordinate) has one dot and more than three digits after it, which makes it a decimal fraction:
 * thousands and BSN groups after a dot have two or three digits.
 */
const readsAsDecimalFraction = (window: NumberWindow) => window.chunkCount === 1 && /^\d+\.\d{4,}$/.test(window.firstChunk.written)
