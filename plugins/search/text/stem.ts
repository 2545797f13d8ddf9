/**
 * A light stemmer: strips the plural and a few common inflections so that a query word and the
 * word in the text meet at a shared stem ("interventies" ~ "interventie", "parken" ~ "park").
 * Matching on the stem is a prefix match, so compounds still work ("vakantieparken").
 */
const dutchSuffixes = ['heden', 'ingen', 'eren', 'en', 'es', 's', 'e']
const englishSuffixes = ['ies', 'ing', 'ed', 'es', 's']

export function stem(term: string, locale: 'nl' | 'en'): string {
  const suffixes = locale === 'nl' ? dutchSuffixes : englishSuffixes
  for (const suffix of suffixes) {
    if (term.length - suffix.length >= 4 && term.endsWith(suffix)) {
      return term.slice(0, term.length - suffix.length)
    }
  }
  return term
}
