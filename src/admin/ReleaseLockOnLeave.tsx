'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { type ReactNode, useEffect } from 'react'

const documentPath = /\/collections\/([^/]+)\/([^/]+)$/

/**
 * Payload releases an edit lock when the editor moves elsewhere in the panel, not when the tab is
 * closed; then a colleague would meet "document locked" until it lapses. On leaving the page, the
 * browser asks once more to drop this editor's own lock on the open item.
 */
export function ReleaseLockOnLeave({ children }: { children: ReactNode }) {
  const pathname = usePathname()
  const { user } = useAuth()
  const { config } = useConfig()
  useEffect(() => {
    const [, collection, id] = pathname?.match(documentPath) ?? []
    if (!collection || !id || id === 'create' || !user) return undefined
    const release = () => {
      const where = new URLSearchParams({
        'where[and][0][document.relationTo][equals]': collection,
        'where[and][1][document.value][equals]': id,
        'where[and][2][user.value][equals]': String(user.id),
      })
      void fetch(`${config.serverURL}${config.routes.api}/payload-locked-documents?${where}`, {
        credentials: 'include',
        keepalive: true,
        method: 'DELETE',
      }).catch(() => undefined)
    }
    window.addEventListener('pagehide', release)
    return () => window.removeEventListener('pagehide', release)
  }, [config.routes.api, config.serverURL, pathname, user])
  return <>{children}</>
}
