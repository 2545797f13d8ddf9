import { normalize } from './normalize'

/** Words too common to say anything about a document, per language. */
const dutch = `de het een en van in op te dat die voor met is zijn er aan om als bij of ook
naar door over uit dan tot wat nog maar wel niet geen hun hij zij ze we wij je jij u ik
mijn onze deze dit wordt worden werd kan kunnen moet moeten zal zullen heeft hebben had was
waren al meer veel zo hoe waar wie welke omdat toch nu even zich hem haar ons jullie iets`

const english = `a an and are as at be by for from has have in is it its of on or that the
this to was were will with not no but if then than so such into about over under
can could should would may might our your their his her they them we you i me my`

const toSet = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(normalize))

export const stopWords: Record<'nl' | 'en', Set<string>> = { en: toSet(english), nl: toSet(dutch) }

export function isStopWord(term: string, locale: 'nl' | 'en'): boolean {
  return stopWords[locale].has(term)
}
