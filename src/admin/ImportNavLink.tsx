import type { ServerProps } from 'payload'

import { isCurator, type SessionUser } from '../../domain/access'

/** The import page in the admin navigation, for those who may use it. */
export function ImportNavLink({ user }: ServerProps) {
  if (!isCurator(user as SessionUser | null)) return null
  return (
    <a className="nav__link" href="/admin/import" id="nav-import">
      <span className="nav__link-label">Importeren / Import</span>
    </a>
  )
}
