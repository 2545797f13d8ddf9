'use client'

import { useSearchParams } from 'next/navigation'

import { conversationWordsFor } from '../../../../portal/conversationWords'
import type { PortalLocale } from '../../../../portal/i18n'

/** What the last step in the conversation did (`?gedaan=report`), or why it did not (`?fout=...`). */
export function StepOutcome({ locale }: { locale: PortalLocale }) {
  const words = conversationWordsFor(locale)
  const params = useSearchParams()
  const failed = params.get('fout')
  const done = params.get('gedaan')
  if (failed)
    return (
      <div className="utrecht-alert utrecht-alert--error" role="alert">
        <p className="utrecht-paragraph">
          {words.problem} {failed}
        </p>
      </div>
    )
  if (!done) return null
  return (
    <div className="utrecht-alert utrecht-alert--ok" role="status">
      <p className="utrecht-paragraph">{done === 'report' ? words.reported : words.done}</p>
    </div>
  )
}
