import type { TextField } from 'payload'

import type { PayloadRequest } from 'payload'

import { inCallersLanguage } from '../../lib/callersLanguage'
import { isSafeLink, linkRefusal } from '../../lib/safeLink'

/** An optional link: a web address, a mailto: or tel: link, or a path on this site. */
export function validateOptionalUrl(value: null | string | undefined, { req }: { req?: PayloadRequest } = {}): string | true {
  if (!value) return true
  return isSafeLink(value) ? true : inCallersLanguage(req, linkRefusal(value))
}

/** A text field that holds a link, checked on every write (drafts too, see `plugins/safe-links`). */
export const linkField = (overrides: Partial<TextField> & { name: string }): TextField =>
  ({ type: 'text', custom: { link: true }, label: 'URL', validate: validateOptionalUrl, ...overrides }) as TextField
