import type { Finding } from './types'

import { maskMiddle } from './mask'

const space = String.raw`[ \u00a0]`

// A date is only personal data here when the text says it is a birth date: meeting dates and deadlines are not.
const birthContext = String.raw`(?<!\p{L})(?:geboortedatum|geboortejaar|geboortedag|geboren|geb\.?|born|date${space}+of${space}+birth|birth${space}?date|d\.o\.b\.?|dob)(?!\p{L})`

// Up to 32 characters between the context word and the date ("geboren te Alphen aan den Rijn op …"), but no digits
// (the date must be the first number after the word) and no sentence end.
const contextGap = String.raw`[^\d.!?;\n]{0,32}?`

const months = [
  'januari',
  'january',
  'jan',
  'februari',
  'february',
  'feb',
  'maart',
  'march',
  'mrt',
  'mar',
  'april',
  'apr',
  'mei',
  'may',
  'juni',
  'june',
  'jun',
  'juli',
  'july',
  'jul',
  'augustus',
  'august',
  'aug',
  'september',
  'sept',
  'sep',
  'oktober',
  'october',
  'okt',
  'oct',
  'november',
  'nov',
  'december',
  'dec',
]
const monthName = String.raw`(?:${months.join('|')})(?!\p{L})\.?`
const fourDigitYear = String.raw`(?:1[89]|20)\d{2}(?!\d)`

const dateFormats = [
  // 03-04-1987, 3-4-1987, 03/04/1987, 03.04.87
  String.raw`\d{1,2}(?<separator>[\-/.])\d{1,2}\k<separator>(?:\d{4}|\d{2})(?!\d|[\-/.]\d)`,
  // 1987-04-03
  String.raw`\d{4}-\d{1,2}-\d{1,2}(?!\d)`,
  // 3 april 1987, 3 apr. 1987, 3rd April, 1987
  String.raw`\d{1,2}(?:st|nd|rd|th|e|ste|de)?${space}+${monthName},?${space}+${fourDigitYear}`,
  // April 3, 1987
  String.raw`${monthName}${space}+\d{1,2}(?:st|nd|rd|th)?,?${space}+${fourDigitYear}`,
]

const fullDatePattern = new RegExp(`${birthContext}${contextGap}(${dateFormats.join('|')})`, 'giu')

// A year alone only directly after the word: "(geboren 1987)", "geboortejaar: 1987", "born in 1987". Further away,
// as in "kinderen die geboren zijn in 2023", it describes a group rather than a person.
const birthYearPattern = new RegExp(String.raw`${birthContext}${space}*:?${space}*(?:in${space}+)?(${fourDigitYear})(?![\-/.]\d)`, 'giu')

/** Dates of birth: full dates and lone birth years, but only right after a word that says it is a birth date. */
export function findDatesOfBirth(text: string): Finding[] {
  const findings: Finding[] = []
  for (const pattern of [fullDatePattern, birthYearPattern]) {
    for (const match of text.matchAll(pattern)) {
      const date = match[1]!
      if (!isPlausibleDate(date)) continue
      const index = match.index + match[0].length - date.length
      findings.push({ index, kind: 'date-of-birth', length: date.length, masked: maskMiddle(date) })
    }
  }
  return findings
}

/** Rules out digit groups that merely look like dates, such as 45-13-1987: day and month must be in range. */
function isPlausibleDate(date: string): boolean {
  const [first, second, third] = date.match(/\d+/g)!.map(Number) as [number, number?, number?]
  if (second === undefined) return true // a birth year on its own
  if (third === undefined) return inRange(first, 1, 31) // "3 april 1987": the month is a name
  const [day, month] = first > 31 ? [third, second] : [first, second] // ISO puts the year first
  // English texts may put the month first (04/23/1987).
  return (inRange(day, 1, 31) && inRange(month, 1, 12)) || (inRange(day, 1, 12) && inRange(month, 1, 31))
}

const inRange = (value: number, lowest: number, highest: number) => value >= lowest && value <= highest
