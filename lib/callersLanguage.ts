/** Both interface languages of one message. */
export type Bilingual = { en: string; nl: string }

/**
 * A message in the caller's interface language: Dutch when Payload's `req.i18n` says so (the admin
 * panel's language, or `Accept-Language`; Dutch by default), English otherwise.
 */
export const inCallersLanguage = (req: { i18n?: { language?: string } } | null | undefined, text: Bilingual): string =>
  req?.i18n?.language === 'nl' ? text.nl : text.en
