import { describe, expect, it } from 'vitest'

import { packedTerms, terms } from './normalize'

/** Texts whose words a query and the index must read alike: capitals, diacritics, ligatures, other scripts. */
const texts = [
  'Phishing bij Ouderen: bel 112!',
  'Ideeën voor coördinatie in het CAFÉ’s — naïef?',
  'ΟΔΟΣ ΑΣ.Β, straße, ﬁnanciën, Ærø, İstanbul',
  'X² en ２０２４ met 𝐀𝐁𝐂 en 😀fraude',
  'e-mail o’neill Jeugd-En-Veiligheid',
  'Ǆemal 𠀀𠀁 schrift, een losse \ud800helft en \udc00nog een, ١٢٣ cijfers',
  'EINDE',
  '  ',
  '',
]

/** The words `packedTerms` hands over, unpacked. */
const unpacked = (text: string) => {
  const words: string[] = []
  packedTerms(text, (units, count, length) => {
    const codes = Array.from(units.subarray(0, count)).flatMap((unit) => [unit & 0xffff, unit >>> 16])
    words.push(String.fromCharCode(...codes.slice(0, length)))
  })
  return words
}

describe('the words indexing reads', () => {
  it.each(texts)('are the words a query reads in %j', (text) => {
    expect(unpacked(text)).toEqual(terms(text))
  })

  it('are the words a query reads in any mix of capitals, accents, ligatures, scripts and surrogates', () => {
    const characters = [
      'a',
      'B',
      '0',
      ' ',
      '.',
      "'",
      'é',
      'É',
      '\u0301',
      'ﬁ',
      'Σ',
      'ς',
      'İ',
      'ß',
      'Ǆ',
      '²',
      '２',
      '𝐀',
      '😀',
      '𠀀',
      '\ud800',
      '\udc00',
      '’',
      'ı',
      'K',
      'ŉ',
      '١',
      'Ω',
    ]
    let state = 1
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % characters.length
    for (let n = 0; n < 20_000; n += 1) {
      const text = Array.from({ length: n % 12 }, () => characters[next()]).join('')
      expect(unpacked(text), JSON.stringify(text)).toEqual(terms(text))
    }
  })

  it('are the same whether or not the rest of the text is plain ASCII', () => {
    expect(unpacked('Phishing ouderen')).toEqual(unpacked('Phishing ouderen café').slice(0, 2))
  })

  it('stay whole when a word is longer than any before it', () => {
    const long = 'a'.repeat(5000)
    expect(unpacked(`kort ${long} Kort`)).toEqual(['kort', long, 'kort'])
    expect(unpacked(`kort ${long}é`)).toEqual(['kort', `${long}e`])
  })
})
