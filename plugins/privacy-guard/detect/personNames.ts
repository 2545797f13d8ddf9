import type { Finding } from './types'

import { maskAsInitials } from './mask'

const space = String.raw`[ \u00a0]`

/**
 * Lower case without accents, one character of the original at a time, remembering where each folded character
 * came from: a match in the folded text is then reported at its place in the original.
 */
function foldForMatching(text: string): { folded: string; originalStart: number[]; originalEnd: number[] } {
  let folded = ''
  const originalStart: number[] = []
  const originalEnd: number[] = []
  let offset = 0
  for (const character of text) {
    const plain = foldCharacter(character)
    folded += plain
    for (let each = 0; each < plain.length; each += 1) {
      originalStart.push(offset)
      originalEnd.push(offset + character.length)
    }
    offset += character.length
  }
  return { folded, originalEnd, originalStart }
}

const foldCharacter = (character: string) =>
  character.charCodeAt(0) < 0x80
    ? character.toLowerCase()
    : character.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'")

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * One pattern for all listed names, longest first so "Jan de Vries" wins over "Jan". Words may be separated by any
 * run of spaces or a hyphen ("El Amrani" and "El-Amrani" are the same person).
 */
function listedNamesPattern(names: readonly string[]): RegExp | undefined {
  const alternatives = names
    .map((name) =>
      foldForMatching(name.trim())
        .folded.split(/[\s\-]+/)
        .filter(Boolean),
    )
    .filter((words) => words.join('').length >= 2)
    .sort((a, b) => b.join(' ').length - a.join(' ').length)
    .map((words) => words.map(escapeForPattern).join(String.raw`[\s\-]+`))
  if (alternatives.length === 0) return undefined
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives.join('|')})(?![\p{L}\p{N}])`, 'gu')
}

function findListedNames(text: string, names: readonly string[]): Finding[] {
  const pattern = listedNamesPattern(names)
  if (!pattern) return []
  const { folded, originalEnd, originalStart } = foldForMatching(text)
  return Array.from(folded.matchAll(pattern), (match) => {
    const index = originalStart[match.index]!
    const length = originalEnd[match.index + match[0].length - 1]! - index
    return { index, kind: 'person-name' as const, length, masked: maskAsInitials(text.slice(index, index + length)) }
  })
}

// Only the first letter may be either case ("Mevrouw" starts a sentence), so "MW" (megawatt) or "MS" stay out.
// "mw" needs its dot for the same reason.
const salutation = String.raw`(?:[Mm]evrouw|[Mm]evr\.?|[Mm]w\.|[Mm]eneer|[Mm]ijnheer|[Dd]hr\.?|[Dd]e${space}+heer|[Mm]rs\.?|[Mm]r\.?|[Mm]s\.?|[Dd]rs\.?|[Dd]r\.?)(?!\p{L})`
const initials = String.raw`(?:\p{Lu}\.${space}?){0,4}`
// Particles before the surname may be capitalised ("De Jong", "El Amrani") or not ("van der Berg").
const surnameParticle = String.raw`(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Hh]et|[Tt]er|[Tt]en|[Tt]e|[Oo]p|[Ii]n|'t|’t|[Ee]l|[Aa]l|[Bb]en|[Bb]in|[Aa]bu|[Dd]a|[Dd]i|[Dd]u|[Ll]e|[Ll]a|[Dd]os|[Dd]as|[Vv]on)`
// At least one lower-case letter: "mevrouw GGD" is an organisation, not a person. A particle alone ("mevrouw De")
// is not a surname either.
const surname = String.raw`\p{Lu}[\p{L}'’]*\p{Ll}(?:-\p{Lu}?[\p{L}'’]*\p{Ll})*`

const salutationThenSurname = new RegExp(
  String.raw`(?<!\p{L})(${salutation})${space}+(${initials}(?:${surnameParticle}${space}+){0,3}(?!${surnameParticle}(?!\p{L}))${surname})(?![\p{L}'’])`,
  'gu',
)

/** "mevrouw Jansen", "dhr. De Jong", "Mrs Jones": a salutation followed by a capitalised surname. */
function findSalutedNames(text: string): Finding[] {
  return Array.from(text.matchAll(salutationThenSurname), (match) => ({
    index: match.index,
    kind: 'person-name' as const,
    length: match[0].length,
    masked: `${match[1]} ${maskAsInitials(match[2]!)}`,
  }))
}

/** Names of people: the names listed for this case, and any surname after a salutation. */
export function findPersonNames(text: string, names: readonly string[] = []): Finding[] {
  return [...findListedNames(text, names), ...findSalutedNames(text)]
}
