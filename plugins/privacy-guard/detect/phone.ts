import type { Finding } from './types'

import { continuesAnotherNumber, labelledAsAnotherNumber, type NumberWindow, numberSegments, readNumbers } from './looseNumbers'
import { maskMiddle } from './mask'

// The prefixes in use in the Dutch numbering plan, without the trunk zero: area codes, mobile (61–65, 68) and the
// location-independent 84, 85, 87, 88 and 91 (the same ranges as libphonenumber's metadata for NL). Now that digits
// may be typed one at a time, "any ten digits starting with 0" would also take in counts: a table header
// "0 1 2 3 4 5 6 7 8 9" is rare, but it is not a phone number, and 012 is no area code.
// Free (0800) and paid information lines (0900, 0906, 0909) are left out on purpose: they belong to organisations,
// not people. The short numbers 112 and 14 0xx never have ten digits, so they cannot match at all.
const dutchPrefix =
  /^(?:6[1-58]|7\d|8[4578]|91|1(?:[035]|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]|2[2-46-9]|5[125]|9[479])|3(?:[03568]|1[3-8]|2[01]|4[1-8])|4(?:[0356]|1[1-368]|7[58]|8[15-8]|9[23579])|5(?:[0358]|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578]))/

// From "0612345678" to the longest way to write one, "0031 (0)6 1234 5678".
const phoneDigits = { max: 14, min: 10 }

/** Dutch phone numbers, mobile and landline, national or international notation, in any grouping; service numbers excluded. */
export function findPhoneNumbers(text: string): Finding[] {
  return numberSegments(text, { minDigits: phoneDigits.min, parentheses: true }).flatMap((segment) =>
    readNumbers(segment, phoneDigits, (window) => phoneNumberIn(text, window)),
  )
}

function phoneNumberIn(text: string, window: NumberWindow): Finding | undefined {
  const plus = window.startsSegment ? /\+[ \u00a0]?$/.exec(text.slice(Math.max(0, window.index - 2), window.index)) : null
  const nationalNumber = asNationalNumber(window.digits, plus !== null)
  if (!nationalNumber || !dutchPrefix.test(nationalNumber.slice(1))) return undefined
  if (continuesAnotherNumber(text, window)) return undefined
  const index = plus ? window.index - plus[0].length : startWithParenthesis(text, window)
  // Not glued to a word or a number before it: the digits of an IBAN or a reference are not a phone number.
  if (/[\p{L}\d]/u.test(text.charAt(index - 1)) || labelledAsAnotherNumber(text, index)) return undefined
  const written = text.slice(index, window.end)
  if (!parenthesesFit(written)) return undefined
  return { index, kind: 'phone', length: written.length, masked: maskMiddle(written) }
}

/** "31 6 12345678" after a plus, "0031 (0)6 1234 5678" or "06 12 34 56 78" → "0612345678"; anything else → undefined. */
function asNationalNumber(digits: string, afterPlus: boolean): string | undefined {
  const afterCountryCode = (afterPlus ? /^31(\d+)$/ : /^0031(\d+)$/).exec(digits)?.[1]
  if (afterPlus && afterCountryCode === undefined) return undefined
  if (afterCountryCode === undefined) return /^0\d{9}$/.test(digits) ? digits : undefined
  // "+31 (0)6" and "+31 06" are common in signatures: the trunk zero may stay.
  const subscriber = afterCountryCode.replace(/^0/, '')
  return subscriber.length === 9 ? `0${subscriber}` : undefined
}

/** "(070) 123 4567" starts at its parenthesis; "(0612345678)" does not, as its parenthesis closes after the number. */
function startWithParenthesis(text: string, window: NumberWindow): number {
  const opened = text.charAt(window.index - 1) === '(' && text.slice(window.index, window.end).includes(')')
  return opened ? window.index - 1 : window.index
}

/**
 * Parentheses go around the area code, "(070) 123 4567", "(0)6 12345678", or around the trunk zero after the
 * country code, "+31 (0)6 12345678". Anywhere else they join things that are not one number.
 */
function parenthesesFit(written: string): boolean {
  const withoutAllowed = written.replace(/^\(0\d{0,3}\)/, '').replace(/^(\+?[ \u00a0]?(?:00)?31[ \u00a0.\-\u2013]{0,3})\(0\)/u, '$1')
  return !/[()]/.test(withoutAllowed)
}
