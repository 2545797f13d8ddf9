'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

type Outcome = { status?: string; responseCode?: number | null; error?: string | null; errors?: Array<{ message: string }> }

const texts = {
  en: { button: 'Send test', sending: 'Sending…', delivered: 'Delivered', failed: 'Not delivered', answered: 'answer' },
  nl: { button: 'Test versturen', sending: 'Versturen…', delivered: 'Bezorgd', failed: 'Niet bezorgd', answered: 'antwoord' },
}

/** Sends a signed `test` delivery to a saved webhook and says how the receiver answered. */
export const WebhookTestButton = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const words = i18n.language === 'en' ? texts.en : texts.nl
  const [sending, setSending] = useState(false)
  const [outcome, setOutcome] = useState<string>()
  if (id === undefined || id === null) return null
  const send = async () => {
    setSending(true)
    setOutcome(undefined)
    try {
      const response = await fetch(`/api/webhooks/${id}/test`, {
        credentials: 'include',
        headers: { 'accept-language': i18n.language },
        method: 'POST',
      })
      const body = (await response.json()) as Outcome
      if (!response.ok) setOutcome(body.errors?.[0]?.message ?? `${response.status}`)
      else {
        const code = body.responseCode ? ` (${words.answered} ${body.responseCode})` : ''
        setOutcome(
          body.status === 'delivered' ? `${words.delivered}${code}` : `${words.failed}${code}${body.error ? `: ${body.error}` : ''}`,
        )
      }
    } catch (error) {
      setOutcome(error instanceof Error ? error.message : String(error))
    } finally {
      setSending(false)
    }
  }
  return (
    <div className="weerbaar-webhook-test" style={{ alignItems: 'center', display: 'flex', gap: 'calc(var(--base) / 2)' }}>
      <Button buttonStyle="secondary" disabled={sending} margin={false} onClick={() => void send()} size="medium">
        {sending ? words.sending : words.button}
      </Button>
      <span aria-live="polite" role="status">
        {outcome}
      </span>
    </div>
  )
}
