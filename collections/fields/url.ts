/** An optional web address: empty, or a full http(s) URL. */
export function validateOptionalUrl(value: null | string | undefined): string | true {
  if (!value) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'URL must start with http:// or https://.'
  } catch {
    return 'URL is not a valid web address (example: https://www.example.nl/page).'
  }
}
