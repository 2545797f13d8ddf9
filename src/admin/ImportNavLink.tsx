import type { ServerProps } from 'payload'

import { isCurator, type SessionUser } from '../../domain/access'
import { adminTexts } from './texts'

/** The import page in the admin navigation, for those who may use it. */
export function ImportNavLink({ i18n, user }: ServerProps) {
  if (!isCurator(user as SessionUser | null)) return null
  return (
    <a className="nav__link" href="/admin/import" id="nav-import">
      <span className="nav__link-label">{adminTexts(i18n?.language).import.title}</span>
    </a>
  )
}
