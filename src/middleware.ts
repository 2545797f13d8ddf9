import { type NextRequest, NextResponse } from 'next/server'

/**
 * Dutch pages live at the root and English ones under /en; both are served by the routes in
 * `app/(portal)/[locale]`. The visible address stays as the visitor typed it, and the pages
 * learn it from `x-portal-path` (for the language switch).
 */
export function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (pathname === '/nl' || pathname.startsWith('/nl/')) {
    const canonical = request.nextUrl.clone()
    canonical.pathname = pathname.slice(3) || '/'
    return NextResponse.redirect(canonical, 308)
  }
  const headers = new Headers(request.headers)
  headers.set('x-portal-path', `${pathname}${search}`)
  if (pathname === '/en' || pathname.startsWith('/en/')) return NextResponse.next({ request: { headers } })
  const dutch = request.nextUrl.clone()
  dutch.pathname = `/nl${pathname === '/' ? '' : pathname}`
  return NextResponse.rewrite(dutch, { request: { headers } })
}

export const config = {
  // Not the API, the admin panel, Next's own files or files with an extension (favicon.ico).
  matcher: ['/((?!api|admin|_next|.*\\.[a-z0-9]+$).*)'],
}
