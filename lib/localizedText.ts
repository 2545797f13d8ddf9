import type { Bilingual } from './callersLanguage'

/**
 * A localized field read with `locale: 'all'` (or a field that is not localized), in both
 * languages; an empty language falls back to the other, as Payload's own fallback does.
 */
export function inBothLocales(value: unknown): Bilingual {
  if (!value || typeof value !== 'object') return { en: String(value ?? ''), nl: String(value ?? '') }
  const { en, nl } = value as Partial<Bilingual>
  return { en: en || nl || '', nl: nl || en || '' }
}
