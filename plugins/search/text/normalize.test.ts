import { describe, expect, it } from 'vitest'

import { hashOf, terms, termSpans } from './normalize'

/** Texts whose words a query and the index must read alike: capitals, diacritics, ligatures, other scripts. */
const texts = [
  'Phishing bij Ouderen: bel 112!',
  'Ideeën voor coördinatie in het CAFÉ’s — naïef?',
  'ΟΔΟΣ ΑΣ.Β, straße, ﬁnanciën, Ærø, İstanbul',
  'X² en ２０２４ met 𝐀𝐁𝐂 en 😀fraude',
  'e-mail o’neill Jeugd-En-Veiligheid',
  'EINDE',
  '  ',
  '',
]

const spans = (text: string) => {
  const found: Array<{ word: string; hash: number }> = []
  termSpans(text, (source, start, end, hash) =>
    found.push({ hash, word: source.slice(start, end).replace(/[A-Z]/g, (c) => c.toLowerCase()) }),
  )
  return found
}

describe('the words indexing reads', () => {
  it.each(texts)('are the words a query reads in %j', (text) => {
    const found = spans(text)
    expect(found.map(({ word }) => word)).toEqual(terms(text))
    for (const { hash, word } of found) expect(hash).toBe(hashOf(word, 0, word.length))
  })

  it('hash a word alike whatever its capitals', () => {
    expect(hashOf('Phishing', 0, 8)).toBe(hashOf('phishing', 0, 8))
    expect(hashOf('phishing', 0, 8)).not.toBe(hashOf('phisihng', 0, 8))
  })
})
