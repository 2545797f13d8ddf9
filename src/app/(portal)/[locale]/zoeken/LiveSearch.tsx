'use client'

import type React from 'react'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

const debounceMs = 300

/**
 * The search box. Without JavaScript it is a plain GET form; with it, results follow the text
 * as it is typed (debounced), and the address always holds the whole search.
 */
export function LiveSearch({
  action,
  children,
  label,
  query,
  submit,
}: {
  action: string
  children: React.ReactNode
  label: string
  query: string
  submit: string
}) {
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const [text, setText] = useState(query)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  useEffect(() => () => clearTimeout(timer.current), [])

  const follow = (value: string) => {
    setText(value)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      const next = new URLSearchParams(searchParams)
      next.delete('page')
      if (value.trim()) next.set('q', value)
      else next.delete('q')
      router.replace(next.size > 0 ? `${pathname}?${next}` : pathname, { scroll: false })
    }, debounceMs)
  }

  return (
    <form action={action} className="portal-search" method="get" role="search">
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="q">
          {label}
        </label>
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          id="q"
          name="q"
          onChange={(event) => follow(event.target.value)}
          type="search"
          value={text}
        />
      </div>
      {children}
      <button className="utrecht-button utrecht-button--primary-action" type="submit">
        {submit}
      </button>
    </form>
  )
}
