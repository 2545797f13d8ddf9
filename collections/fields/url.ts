import type { TextField } from 'payload'

import { isSafeLink, safeLinkRule } from '../../lib/safeLink'

/** An optional link: a web address, a mailto: or tel: link, or a path on this site. */
export function validateOptionalUrl(value: null | string | undefined): string | true {
  if (!value) return true
  return isSafeLink(value) ? true : `This link is not allowed. ${safeLinkRule}`
}

/** A text field that holds a link, checked on every write (drafts too, see `plugins/safe-links`). */
export const linkField = (overrides: Partial<TextField> & { name: string }): TextField =>
  ({ type: 'text', custom: { link: true }, label: 'URL', validate: validateOptionalUrl, ...overrides }) as TextField
