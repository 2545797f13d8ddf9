/** Dates as people read them in the admin panel's or the portal's language: "3 december 2026" or "3 December 2026". */
export const formatDate = (value: unknown, language: string | undefined, withTime = false): string => {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Amsterdam',
  }).format(date)
}
