import type { Metadata } from 'next'
import type React from 'react'

import { instanceIdOf } from '../../lib/instance'
import { portalContext } from '../../portal/payload'
import './portal.css'

export const metadata: Metadata = {
  description: 'Kennis- en samenwerkingsplatform van het regionaal veiligheidspartnerschap Den Haag',
  title: 'Weerbaar',
}

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const { payload } = await portalContext()
  return (
    <html data-instance={instanceIdOf(payload)} lang="nl">
      <body>
        <a className="skip-link" href="#main">
          Naar de inhoud
        </a>
        <header className="site-header">
          <a className="brand" href="/">
            Weerbaar
          </a>
          <nav aria-label="Hoofdmenu">
            <a href="/admin">Inloggen</a>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>Regionaal veiligheidspartnerschap eenheid Den Haag · City Deal Lokale Cyberweerbaarheid</p>
        </footer>
      </body>
    </html>
  )
}
