import { conversationWordsFor } from '../../../../portal/conversationWords'
import type { MessageFormState } from '../../../../portal/conversationActions'
import type { PortalLocale } from '../../../../portal/i18n'

/** Why a message was not saved (personal data found, an item that cannot be read), above the form that keeps its text. */
export function FormProblem({ locale, state }: { locale: PortalLocale; state: MessageFormState }) {
  if (state.status !== 'invalid') return null
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <p className="utrecht-paragraph">
        {conversationWordsFor(locale).problem} {state.message}
      </p>
    </div>
  )
}
