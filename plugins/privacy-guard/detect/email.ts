import type { Finding } from './types'

import { maskEmail } from './mask'

// The lookbehind makes a match start only where a run of address characters starts; without it every position
// inside a long word would be tried again, which is quadratic. Domain labels cannot contain dots, so each dot has
// one reading and a failed match backtracks at most once per label.
const emailPattern = /(?<![\w.%+\-])[\w.%+\-]+@[A-Za-z\d\-]+(?:\.[A-Za-z\d\-]+)*\.[A-Za-z]{2,24}(?![\w\-])/gu

/** E-mail addresses (ASCII local part and domain, which is what Dutch case texts contain). */
export function findEmails(text: string): Finding[] {
  return Array.from(text.matchAll(emailPattern), (match) => ({
    index: match.index,
    kind: 'email' as const,
    length: match[0].length,
    masked: maskEmail(match[0]),
  }))
}
