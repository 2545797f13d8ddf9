'use client'

import type React from 'react'

import { usePathname, useRouter } from 'next/navigation'

/**
 * The filter column. Without JavaScript it is a plain GET form with its apply button; with it,
 * a ticked facet or a new sort order applies at once (back to the first page).
 */
export function FilterForm({ action, children, labelledBy }: { action: string; children: React.ReactNode; labelledBy: string }) {
  const router = useRouter()
  const pathname = usePathname()
  const apply = (form: HTMLFormElement) => {
    const next = new URLSearchParams()
    for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value !== '') next.append(name, value)
    router.replace(next.size > 0 ? `${pathname}?${next}` : pathname, { scroll: false })
  }
  return (
    <form
      action={action}
      aria-labelledby={labelledBy}
      className="portal-filters"
      method="get"
      onChange={(event) => apply(event.currentTarget)}
    >
      {children}
    </form>
  )
}
