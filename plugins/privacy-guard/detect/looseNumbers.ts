/**
 * Numbers as people type them in conversation: digits split by spaces, dots or dashes in any grouping
 * ("06 12 34 56 78", "1234.56.782", "070 - 123 45 67"). One regular expression per format would have to allow a
 * separator between every two digits, and such patterns backtrack badly on long runs like "1 1 1 1 …". Instead the
 * text is cut into runs of digits once, in linear time, and the detectors decide in code which consecutive parts of a
 * run make up a phone number or a BSN.
 */

/** Digits joined by separators without whitespace: "1234.56.782", "06-12345678", "31(0)6". Never split further. */
export type Chunk = {
  index: number
  end: number
  digits: string
  written: string
  /** what separates it from the chunk before it in its segment: " ", " - ", ") "; empty for the first */
  separatorBefore: string
}

/**
 * Chunks split by whitespace ("06 1234 5678", "123.456 782", "070 - 123 45 67"): one number, or several side by side
 * ("0612345678 0687654321").
 */
export type Segment = readonly Chunk[]

/** Consecutive chunks of one segment, read together as one number. */
export type NumberWindow = {
  firstChunk: Chunk
  chunkCount: number
  digits: string
  index: number
  end: number
  /** the chunk right before the window in its segment: a country code, a year, another number */
  previous: Chunk | undefined
  /** the first chunk of the window's segment (the window's own first chunk when it starts the segment) */
  segmentStart: Chunk
  startsSegment: boolean
  endsSegment: boolean
}

// Space, no-break space, narrow no-break space, dot, hyphen and en dash (word processors turn " - " into " – ").
const separatorCharacters = String.raw` \u00a0\u202f.\-\u2013`

// At most three separator characters in a row ("06 - 1234"), so table columns far apart stay apart. Separators and
// digits never overlap, so every step of the repetition either matches or ends the run: no backtracking.
const runPattern = new RegExp(String.raw`\d+(?:[${separatorCharacters}]{1,3}\d+)*`, 'g')
// Phone numbers also put parentheses between their digits: "(070) 123 4567", "+31 (0)6 12345678".
const runWithParenthesesPattern = new RegExp(String.raw`\d+(?:[${separatorCharacters}()]{1,3}\d+)*`, 'g')

// A dot and then whitespace ends a sentence or numbers a list item ("bel 0612345678. 3 keer", "1. 0612345678"):
// no number continues across it.
const endsSentence = (separator: string) => /\.\s/.test(separator)

/**
 * Every run of digits in `text` that has room for `minDigits` digits, cut into segments (at sentence ends) and
 * chunks (at whitespace). Shorter runs, most numbers in ordinary prose, are passed over without a look inside.
 */
export function numberSegments(text: string, options: { minDigits: number; parentheses?: boolean }): Segment[] {
  const segments: Segment[] = []
  for (const run of text.matchAll(options.parentheses ? runWithParenthesesPattern : runPattern)) {
    if (run[0].length < options.minDigits) continue
    for (const segment of segmentsOfRun(text, run.index, run.index + run[0].length)) segments.push(segment)
  }
  return segments
}

function segmentsOfRun(text: string, runStart: number, runEnd: number): Segment[] {
  const segments: Chunk[][] = [[]]
  let chunkStart = runStart
  let position = runStart
  // The run alternates digits and separators, starting and ending with digits.
  while (position < runEnd) {
    while (position < runEnd && isDigit(text, position)) position += 1
    const separatorStart = position
    while (position < runEnd && !isDigit(text, position)) position += 1
    const separator = text.slice(separatorStart, position)
    // any other separator ("1234.56.782", "06-12345678") keeps the digits around it in one chunk
    if (position < runEnd && !/\s/.test(separator)) continue
    const segment = segments[segments.length - 1]!
    const previous = segment[segment.length - 1]
    const written = text.slice(chunkStart, separatorStart)
    segment.push({
      digits: written.replace(/\D/g, ''),
      end: separatorStart,
      index: chunkStart,
      separatorBefore: previous ? text.slice(previous.end, chunkStart) : '',
      written,
    })
    if (endsSentence(separator)) segments.push([])
    chunkStart = position
  }
  return segments
}

const isDigit = (text: string, position: number) => {
  const code = text.charCodeAt(position)
  return code >= 48 && code <= 57
}

/** How many digits a number of one kind has, written in full: a BSN nine, a phone number ten to fourteen. */
export type DigitCount = { min: number; max: number }

/**
 * The numbers in a segment, read left to right: at each chunk the longest window that `read` accepts, then on
 * after it. Only windows with a possible number of digits are offered, so a long run like "1 1 1 1 …" costs a few
 * steps per chunk.
 */
export function readNumbers<T>(segment: Segment, digitCount: DigitCount, read: (window: NumberWindow) => T | undefined): T[] {
  const digits = digitsOfSegment(segment)
  if (isGroupedInThousands(segment)) {
    const fits = digits.all.length >= digitCount.min && digits.all.length <= digitCount.max
    const value = fits ? read(windowOf(segment, digits, 0, segment.length - 1)) : undefined
    return value === undefined ? [] : [value]
  }
  const alone = segment.map(standsAlone)
  const numbers: T[] = []
  let first = 0
  while (first < segment.length) {
    const longest = longestNumberFrom(segment, digits, first, alone, digitCount, read)
    if (longest) numbers.push(longest.value)
    first = longest ? longest.last + 1 : first + 1
  }
  return numbers
}

function longestNumberFrom<T>(
  segment: Segment,
  digitsOfSegment: SegmentDigits,
  first: number,
  alone: readonly boolean[],
  digitCount: DigitCount,
  read: (window: NumberWindow) => T | undefined,
): { value: T; last: number } | undefined {
  if (continuesAfterYear(segment, first)) return undefined
  let longest: { value: T; last: number } | undefined
  for (let last = first; last < segment.length; last += 1) {
    const digits = digitsOfSegment.offsets[last + 1]! - digitsOfSegment.offsets[first]!
    if (digits > digitCount.max) break
    // Once a chunk cannot be part of a longer number, no longer window from here can be one either.
    if (last > first && (alone[first] || alone[last] || isYear(segment[first]))) break
    if (digits < digitCount.min) continue
    const value = read(windowOf(segment, digitsOfSegment, first, last))
    if (value !== undefined) longest = { last, value }
  }
  return longest
}

/** All digits of a segment in one string, and where each chunk's digits start in it: windows are then slices. */
type SegmentDigits = { all: string; offsets: readonly number[] }

function digitsOfSegment(segment: Segment): SegmentDigits {
  const offsets = [0]
  for (const chunk of segment) offsets.push(offsets[offsets.length - 1]! + chunk.digits.length)
  return { all: segment.map((chunk) => chunk.digits).join(''), offsets }
}

function windowOf(segment: Segment, digits: SegmentDigits, first: number, last: number): NumberWindow {
  return {
    chunkCount: last - first + 1,
    digits: digits.all.slice(digits.offsets[first], digits.offsets[last + 1]),
    end: segment[last]!.end,
    endsSegment: last === segment.length - 1,
    firstChunk: segment[first]!,
    index: segment[first]!.index,
    previous: segment[first - 1],
    segmentStart: segment[0]!,
    startsSegment: first === 0,
  }
}

/**
 * "1 123 456 782" is one big number grouped in thousands, not a one and a BSN: such a segment is only read as a
 * whole. A leading zero never starts an amount, so "0 612 345 678" is still read freely.
 */
function isGroupedInThousands(segment: Segment): boolean {
  if (segment.length < 2 || !/^[1-9]\d{0,2}$/.test(segment[0]!.written)) return false
  return segment.every((chunk, position) => position === 0 || (/^\d{3}$/.test(chunk.written) && /^\s$/.test(chunk.separatorBefore)))
}

// A date or a range of years is a unit of its own: "07-03-24 10.30" is a moment (and ten digits starting with 070),
// "2019-2024 3 keer" a period and a count, never one number.
const datesAndPeriods = [
  /^\d{1,2}([.\-\u2013])\d{1,2}\1(?:\d{2}|\d{4})$/u,
  /^\d{4}([.\-\u2013])\d{1,2}\1\d{1,2}$/u,
  /^(?:19|20)\d{2}[\-\u2013](?:19|20)?\d{2}$/u,
]
const standsAlone = (chunk: Chunk) => datesAndPeriods.some((shape) => shape.test(chunk.written))

// A year followed by more digits is a year and a count ("in 2023 12.345 meldingen"). No phone number starts with a
// year, and a BSN typed as a year and five digits is rarer than that sentence. A year-like group later in a number
// ("06 2012 3456") is common in phone numbers, so that is allowed.
const isYear = (chunk: Chunk | undefined) => chunk !== undefined && /^(?:19|20)\d{2}$/.test(chunk.written)

// A year, a dash and a number make a case or registry number, also with spaces around the dash ("2024 - 123456782",
// like "2024-123456782").
const continuesAfterYear = (segment: Segment, first: number) =>
  isYear(segment[first - 1]) && /[\-\u2013]/.test(segment[first]!.separatorBefore)

/**
 * The digits continue across a comma, slash or colon, so the window is part of a longer number: a decimal amount
 * ("123.456.782,50"), a case number ("09/123456782"), a reference ("2024:123456782").
 */
export function continuesAnotherNumber(text: string, window: NumberWindow): boolean {
  return (
    (window.startsSegment && /\d[,/:]$/.test(text.slice(Math.max(0, window.index - 2), window.index))) ||
    (window.endsSegment && /^[,/:]\d/.test(text.slice(window.end, window.end + 2)))
  )
}

// A number labelled as another kind of number is that kind: an organisation's RSIN passes the same 11-test as a
// BSN, and an old ISBN ("ISBN 0-306-40615-2") has ten digits starting with 030.
const otherNumberLabel =
  /(?<!\p{L})(?:rsin|kvk|btw|isbn|issn|(?:zaak|parket|dossier|factuur|order|vestigings)(?:nummer|nr\.?))(?:[ \u00a0\-]?(?:nummer|nr\.?|no\.?))?[ \u00a0]*[:#]?[ \u00a0]*$/iu

/** Whether the words right before `index` say the number there is a case, company or book number. */
export function labelledAsAnotherNumber(text: string, index: number): boolean {
  return otherNumberLabel.test(text.slice(Math.max(0, index - 32), index))
}
