/** Both interface languages of one message. */
export type Bilingual = { en: string; nl: string }

/**
 * A message in the caller's interface language: Dutch when Payload's `req.i18n` says so (the admin
 * panel's language, or `Accept-Language`; Dutch by default), English otherwise.
 */
export const inCallersLanguage = (req: CallerRequest, text: Bilingual): string => text[callersLanguage(req)]

export type CallerRequest = { i18n?: { language?: string } } | null | undefined

/** The caller's interface language, as `inCallersLanguage` chooses it. */
export const callersLanguage = (req: CallerRequest): keyof Bilingual => (req?.i18n?.language === 'nl' ? 'nl' : 'en')
