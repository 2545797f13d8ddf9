'use client'

import { useEffect, useRef, useState } from 'react'

import { conversationWordsFor } from '../../../../portal/conversationWords'
import type { PortalLocale } from '../../../../portal/i18n'

type Suggestion = { id: string; name: string; organisation?: string; type: 'person' | 'organisation' }

// The name being typed after an `@` at the caret: up to three words, as names of organisations have.
const typedMention = /(?:^|\s)@([\p{L}\p{N}.'’-]+(?: [\p{L}\p{N}.'’-]+){0,2})$/u

/**
 * A text box for a message. With JavaScript, typing `@` and a few letters lists people and
 * organisations to mention; choosing one writes the whole name. Without it, typing the name works
 * the same: mentions are worked out from the text when it is saved.
 */
export function MessageField({
  defaultValue,
  id,
  label,
  locale,
  name = 'body',
  rows = 4,
}: {
  defaultValue?: string
  id: string
  label: string
  locale: PortalLocale
  name?: string
  rows?: number
}) {
  const words = conversationWordsFor(locale)
  const box = useRef<HTMLTextAreaElement>(null)
  const [typed, setTyped] = useState<string | undefined>()
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  // Marks the field as enhanced once its script runs: suggestions work from then on.
  const [enhanced, setEnhanced] = useState(false)
  useEffect(() => setEnhanced(true), [])

  useEffect(() => {
    if (!typed || typed.length < 2) {
      setSuggestions([])
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(`/api/mentions?q=${encodeURIComponent(typed)}`, { credentials: 'same-origin', signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { suggestions: [] }))
        .then((body: { suggestions: Suggestion[] }) => setSuggestions(body.suggestions))
        .catch(() => undefined)
    }, 150)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [typed])

  const onInput = () => {
    const element = box.current
    if (!element) return
    const before = element.value.slice(0, element.selectionStart ?? element.value.length)
    setTyped(typedMention.exec(before)?.[1])
  }

  const choose = (suggestion: Suggestion) => {
    const element = box.current
    if (!element || !typed) return
    const caret = element.selectionStart ?? element.value.length
    const start = caret - typed.length
    element.value = `${element.value.slice(0, start)}${suggestion.name} ${element.value.slice(caret)}`
    const after = start + suggestion.name.length + 1
    element.focus()
    element.setSelectionRange(after, after)
    setTyped(undefined)
    setSuggestions([])
  }

  return (
    <div className="utrecht-form-field portal-message-field" data-enhanced={enhanced || undefined}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <p className="utrecht-form-field-description portal-meta" id={`${id}-help`}>
        {words.mentionHelp}
      </p>
      <textarea
        aria-describedby={`${id}-help`}
        className="utrecht-textarea utrecht-textarea--html-textarea"
        defaultValue={defaultValue}
        id={id}
        name={name}
        onInput={onInput}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setSuggestions([])
        }}
        ref={box}
        rows={rows}
      />
      {typed && typed.length >= 2 ? (
        <p aria-live="polite" className="portal-visually-hidden">
          {words.suggestions(suggestions.length)}
        </p>
      ) : null}
      {suggestions.length > 0 ? (
        <ul className="portal-mention-suggestions">
          {suggestions.map((suggestion) => (
            <li key={`${suggestion.type}:${suggestion.id}`}>
              <button className="utrecht-button utrecht-button--subtle" onClick={() => choose(suggestion)} type="button">
                @{suggestion.name}
                {suggestion.organisation ? <span className="portal-meta"> · {suggestion.organisation}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
