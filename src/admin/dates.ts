/** Dates as people in the panel's language read them: "3 december 2026" or "3 December 2026". */
export const formatDate = (value: unknown, language: string | undefined, withTime = false): string => {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return ''
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(value))
}
