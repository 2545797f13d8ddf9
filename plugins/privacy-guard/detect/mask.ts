// A fixed run of bullets instead of one per hidden character, so the mask does not give away the length.
const hidden = '•••'

/**
 * Keeps the first and last two characters: enough for an editor to find which value is meant, too little to
 * reuse it. Short matches keep one character each side, or the mask would show most of the value.
 */
export function maskMiddle(match: string): string {
  const keep = match.length >= 8 ? 2 : 1
  return `${match.slice(0, keep)}${hidden}${match.slice(-keep)}`
}

/** "jan.devries@gemeente.nl" → "j•••@•••.nl": the top-level domain says which kind of address it was. */
export function maskEmail(address: string): string {
  const topLevelDomain = address.slice(address.lastIndexOf('.'))
  return `${address.slice(0, 1)}${hidden}@${hidden}${topLevelDomain}`
}

/** "Jan de Vries" → "J. d. V.": a name is recognisable from very few letters, so only initials remain. */
export function maskAsInitials(name: string): string {
  return Array.from(name.matchAll(/\p{L}+/gu), ([word]) => `${word.slice(0, 1)}.`).join(' ')
}
