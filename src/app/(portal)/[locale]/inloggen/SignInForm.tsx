'use client'

import { useActionState } from 'react'

import { type PortalLocale, signInWordsFor } from '../../../../portal/i18n'
import { signIn, type SignInState } from '../../../../portal/session'

const initial: SignInState = {}

export function SignInForm({ locale, returnTo }: { locale: PortalLocale; returnTo: string }) {
  const words = signInWordsFor(locale)
  const [state, action, pending] = useActionState(signIn, initial)
  return (
    <form action={action} className="portal-form">
      {state.message ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{state.message}</p>
        </div>
      ) : null}
      <input name="locale" type="hidden" value={locale} />
      <input name="returnTo" type="hidden" value={returnTo} />
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="email">
          {words.email}
        </label>
        <input
          autoComplete="username"
          className="utrecht-textbox utrecht-textbox--html-input"
          defaultValue={state.email}
          id="email"
          name="email"
          required
          type="email"
        />
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="password">
          {words.password}
        </label>
        <input
          autoComplete="current-password"
          className="utrecht-textbox utrecht-textbox--html-input"
          id="password"
          name="password"
          required
          type="password"
        />
      </div>
      <button aria-disabled={pending} className="utrecht-button utrecht-button--primary-action" type="submit">
        {words.submit}
      </button>
      <p className="utrecht-paragraph">
        {/* Payload's own page sends the reset mail; its link comes back to Payload's reset page. */}
        <a className="utrecht-link" href="/admin/forgot">
          {words.forgot}
        </a>{' '}
        <span className="portal-meta">{words.forgotHint}</span>
      </p>
    </form>
  )
}
