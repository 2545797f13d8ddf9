'use client'

import { useActionState } from 'react'

import { conversationWordsFor } from '../../../../portal/conversationWords'
import { type MessageFormState, postComment } from '../../../../portal/conversationActions'
import type { PortalLocale } from '../../../../portal/i18n'
import { FormProblem } from './FormProblem'
import { MessageField } from './MessageField'

const initial: MessageFormState = { status: 'idle' }

/** A new comment, or a reply to one; a plain form post when JavaScript is off. A refusal comes back with the text as typed. */
export function CommentForm({
  collection,
  item,
  locale,
  parent,
  returnTo,
}: {
  collection: string
  item: string
  locale: PortalLocale
  parent?: string
  returnTo: string
}) {
  const words = conversationWordsFor(locale)
  const [state, action, pending] = useActionState(postComment, initial)
  const id = parent ? `reply-${parent}` : 'new-comment'
  return (
    <form action={action} className="portal-form portal-comment-form">
      <FormProblem locale={locale} state={state} />
      <input name="locale" type="hidden" value={locale} />
      <input name="returnTo" type="hidden" value={returnTo} />
      <input name="relationTo" type="hidden" value={collection} />
      <input name="item" type="hidden" value={item} />
      {parent ? <input name="parent" type="hidden" value={parent} /> : null}
      <MessageField
        defaultValue={state.text}
        id={id}
        key={state.text ?? ''}
        label={parent ? words.yourReply : words.yourComment}
        locale={locale}
        rows={parent ? 3 : 4}
      />
      <button aria-disabled={pending} className="utrecht-button utrecht-button--primary-action" type="submit">
        {words.post}
      </button>
    </form>
  )
}
