/** The languages a spreadsheet column can be in. */
export type ImportLocale = 'nl' | 'en'

/** "Thema's (EN)" and "themas_en" mean the same column: no accents, case or punctuation. */
export function normalizeHeader(text: string, locale?: ImportLocale): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
  return locale ? `${base} @${locale}` : base
}

/** "Titel (en)", "Title [EN]", "title_en", "Titel - nl": the header without its language, and the language. */
export function splitLocale(header: string): { base: string; locale?: ImportLocale } {
  const match = /^(.*?)(?:\s*[([]\s*(nl|en)\s*[)\]]|[\s_.:-]+(nl|en))\s*$/i.exec(header)
  if (!match || !match[1]) return { base: header }
  return { base: match[1], locale: (match[2] ?? match[3])!.toLowerCase() as ImportLocale }
}
