/**
 * Whether a link may be stored and shown: web addresses (http, https), mail and phone links,
 * paths on this site and anchors. Anything else (`javascript:`, `data:`, `vbscript:`, a
 * protocol-relative `//other.site`) could run code or leave the site unnoticed.
 */
export function isSafeLink(value: string): boolean {
  const link = value.trim()
  if (link.length === 0 || link.length > 2000) return false
  if (/[\u0000-\u001f\u007f\\]/.test(link)) return false
  if (link.startsWith('#')) return true
  if (link.startsWith('/')) return !link.startsWith('//')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(link)?.[1]?.toLowerCase()
  if (!scheme) return /^[\w.~%-]+(\/|$|\?|#)/.test(link) && !link.includes(':')
  if (scheme === 'mailto' || scheme === 'tel') return link.length > scheme.length + 1
  if (scheme !== 'http' && scheme !== 'https') return false
  try {
    const url = new URL(link)
    return Boolean(url.hostname)
  } catch {
    return false
  }
}

export const safeLinkRule = {
  en: 'Use a web address (https://...), a mailto: or tel: link, or a path on this site (/...).',
  nl: 'Gebruik een webadres (https://...), een mailto:- of tel:-link, of een pad op deze site (/...).',
}

/** The refusal of one link, in the caller's language. */
export const linkRefusal = (link: string) => ({
  en: `The link "${link.slice(0, 80)}" is not allowed. ${safeLinkRule.en}`,
  nl: `De link "${link.slice(0, 80)}" is niet toegestaan. ${safeLinkRule.nl}`,
})
