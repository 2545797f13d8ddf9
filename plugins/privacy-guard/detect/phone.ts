import type { Finding } from './types'

import { maskMiddle } from './mask'

// Between any two digits one space, dot or dash may appear: "06-12345678", "06 1234 5678", "010 123 4567".
const digitsAfterGaps = (count: number) => String.raw`(?:[ \u00a0.\-]?\d){${count}}`

// +31 or 0031, then the national number without its leading zero; "(0)" or a stray "0" after the country code is
// common in signatures and allowed.
const international = String.raw`(?:\+|00)[ \u00a0]?31[ \u00a0\-]?(?:\(0\)[ \u00a0\-]?|0[ \u00a0\-]?)?[1-9]${digitsAfterGaps(8)}`
// Ten digits starting with 0, the area code possibly in parentheses: "(070) 123 4567", "(0229) 123456".
const national = String.raw`0[1-9]${digitsAfterGaps(8)}`
const parenthesised = [1, 2, 3]
  .map((areaDigits) => String.raw`\(0[1-9]\d{${areaDigits - 1}}\)[ \u00a0]?\d${digitsAfterGaps(8 - areaDigits)}`)
  .join('|')

// Not glued to letters or digits (the digits of an IBAN or a longer reference number are not a phone number).
const phonePattern = new RegExp(
  String.raw`(?<![\p{L}\d+])(?<!\d[.,\-/])(?:${international}|${parenthesised}|${national})(?![.,\-/]?\d)`,
  'gu',
)

// Free (0800) and paid information lines (0900, 0906, 0909) belong to organisations, not people. The short numbers
// 112 and 14 0xx never have ten digits, so they cannot match at all.
const serviceNumberPrefixes = ['0800', '0900', '0906', '0909']

/** Dutch phone numbers, mobile and landline, national or international notation; service numbers excluded. */
export function findPhoneNumbers(text: string): Finding[] {
  const findings: Finding[] = []
  for (const match of text.matchAll(phonePattern)) {
    const nationalDigits = asNationalNumber(match[0])
    if (serviceNumberPrefixes.some((prefix) => nationalDigits.startsWith(prefix))) continue
    findings.push({ index: match.index, kind: 'phone', length: match[0].length, masked: maskMiddle(match[0]) })
  }
  return findings
}

/** "+31 (0)6-1234 5678" → "0612345678". */
function asNationalNumber(phoneNumber: string): string {
  const digits = phoneNumber.replace(/\D/g, '')
  if (!/^(?:\+|00)/.test(phoneNumber)) return digits
  return `0${digits.replace(/^(?:00)?31/, '').replace(/^0/, '')}`
}
