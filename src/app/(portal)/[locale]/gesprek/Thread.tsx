import { headers } from 'next/headers'

import type { CommentableSlug } from '../../../../../domain/conversation'

import { isCurator, type SessionUser } from '../../../../../domain/access'
import { formatDate } from '../../../../../lib/dates'
import { threadOf, type ThreadComment } from '../../../../portal/conversation'
import { conversationStep } from '../../../../portal/conversationActions'
import { conversationWordsFor } from '../../../../portal/conversationWords'
import { dutchPathOf, hrefIn, type PortalLocale } from '../../../../portal/i18n'
import { portalContext } from '../../../../portal/payload'
import { commentAnchor } from '../../../../portalAddresses'
import { SafeRichText } from '../SafeRichText'
import { CommentForm } from './CommentForm'
import { MessageField } from './MessageField'
import { StepOutcome } from './StepOutcome'

type Question = { id: string; askedBy?: string; acceptedAnswer?: string; aboutCard: boolean }

type Context = {
  locale: PortalLocale
  here: string
  curator: boolean
  userId: string
  question?: Question
  /** The thread is on a card (or a question about one): an answer can become an experience with it. */
  onCard: boolean
}

/** A small form for one step (report, hide, delete, accept, ...): a plain post, back to the comment. */
function Step({
  children,
  comment,
  context,
  extra,
  label,
  step,
  variant = 'secondary-action',
}: {
  children?: React.ReactNode
  comment: ThreadComment
  context: Context
  extra?: Record<string, string>
  label: string
  step: string
  variant?: string
}) {
  return (
    <form action={conversationStep} className="portal-step">
      <input name="locale" type="hidden" value={context.locale} />
      <input name="returnTo" type="hidden" value={context.here} />
      <input name="id" type="hidden" value={comment.id} />
      <input name="step" type="hidden" value={step} />
      {Object.entries(extra ?? {}).map(([name, value]) => (
        <input key={name} name={name} type="hidden" value={value} />
      ))}
      {children}
      <button className={`utrecht-button utrecht-button--${variant}`} type="submit">
        {label}
      </button>
    </form>
  )
}

function CommentView({ comment, context, reply }: { comment: ThreadComment; context: Context; reply?: boolean }) {
  const words = conversationWordsFor(context.locale)
  const accepted = context.question?.acceptedAnswer === comment.id
  const mayAccept =
    context.question && !reply && comment.state === 'visible' && (context.curator || context.question.askedBy === context.userId)
  const headingId = `${commentAnchor(comment.id)}-by`
  return (
    <article
      aria-labelledby={headingId}
      className={`portal-comment${accepted ? ' portal-comment--accepted' : ''}`}
      id={commentAnchor(comment.id)}
    >
      <header className="portal-comment__header">
        <h3 className="utrecht-heading-5 portal-comment__author" id={headingId}>
          {comment.state === 'deleted' ? '—' : comment.authorName}
        </h3>
        <p className="portal-meta">
          <time dateTime={comment.createdAt}>{formatDate(comment.createdAt, context.locale, true)}</time>
          {comment.editedAt ? ` · ${words.edited}` : ''}
          {accepted ? <strong className="portal-accepted"> · ✓ {words.accepted}</strong> : null}
          {context.curator && comment.openReports > 0 ? (
            <strong className="portal-reported"> · {words.reports(comment.openReports)}</strong>
          ) : null}
        </p>
      </header>
      {comment.state === 'deleted' ? <p className="utrecht-paragraph portal-placeholder">{words.deletedPlaceholder}</p> : null}
      {comment.state === 'hidden' && !comment.body ? (
        <p className="utrecht-paragraph portal-placeholder">{words.hiddenPlaceholder}</p>
      ) : null}
      {comment.state === 'hidden' && comment.body ? (
        <p className="utrecht-paragraph portal-placeholder">{words.hiddenForAuthor(comment.moderationReason ?? '')}</p>
      ) : null}
      {comment.body && comment.state !== 'deleted' ? (
        <div className="portal-comment__body">
          <SafeRichText data={comment.body as never} locale={context.locale} />
        </div>
      ) : null}
      {comment.mine && comment.unreachedMentions.length > 0 ? (
        <p className="utrecht-paragraph portal-meta" role="note">
          {words.unreached(comment.unreachedMentions)}
        </p>
      ) : null}
      {comment.convertedTo ? <p className="portal-meta">✓ {words.convertedTo}</p> : null}
      {comment.state !== 'deleted' ? (
        <div className="portal-comment__actions">
          {mayAccept ? (
            accepted ? (
              <Step comment={comment} context={context} extra={{ question: context.question!.id }} label={words.unaccept} step="unaccept" />
            ) : (
              <Step
                comment={comment}
                context={context}
                extra={{ question: context.question!.id }}
                label={words.accept}
                step="accept"
                variant="primary-action"
              />
            )
          ) : null}
          {context.curator && comment.state === 'visible' && !comment.convertedTo ? (
            <>
              {context.onCard ? (
                <Step comment={comment} context={context} extra={{ to: 'experiences' }} label={words.toExperience} step="convert" />
              ) : null}
              <Step comment={comment} context={context} extra={{ to: 'good-practices' }} label={words.toGoodPractice} step="convert" />
            </>
          ) : null}
          {comment.mayEdit ? (
            <details className="portal-details">
              <summary>{words.edit}</summary>
              <Step comment={comment} context={context} label={words.saveEdit} step="edit">
                <EditField comment={comment} locale={context.locale} />
              </Step>
            </details>
          ) : null}
          {comment.mine && comment.state === 'visible' ? (
            <details className="portal-details">
              <summary>{words.remove}</summary>
              <p className="portal-meta">{words.removeHelp}</p>
              <Step comment={comment} context={context} label={words.removeConfirm} step="delete" variant="secondary-action" />
            </details>
          ) : null}
          {!comment.mine && comment.state === 'visible' ? (
            <details className="portal-details">
              <summary>{words.report}</summary>
              <Step comment={comment} context={context} label={words.sendReport} step="report">
                <ReasonField id={`report-${comment.id}`} label={words.reportReason} />
              </Step>
            </details>
          ) : null}
          {context.curator && comment.state === 'visible' ? (
            <details className="portal-details">
              <summary>{words.hide}</summary>
              <Step comment={comment} context={context} label={words.hide} step="hide">
                <ReasonField id={`hide-${comment.id}`} label={words.hideReason} />
              </Step>
            </details>
          ) : null}
          {context.curator && comment.state === 'hidden' ? (
            <Step comment={comment} context={context} label={words.restore} step="restore" />
          ) : null}
        </div>
      ) : null}
    </article>
  )
}

function ReasonField({ id, label }: { id: string; label: string }) {
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <textarea className="utrecht-textarea utrecht-textarea--html-textarea" id={id} maxLength={1000} name="reason" required rows={2} />
    </div>
  )
}

function EditField({ comment, locale }: { comment: ThreadComment; locale: PortalLocale }) {
  const words = conversationWordsFor(locale)
  const plain = plainOf(comment.body)
  return <MessageField defaultValue={plain} id={`edit-${comment.id}`} label={words.yourComment} locale={locale} />
}

/** A comment's text as it was typed: paragraphs separated by blank lines, for editing in a plain box. */
function plainOf(body: unknown): string {
  const root = (
    body as { root?: { children?: Array<{ children?: Array<{ type?: string; text?: string; children?: Array<{ text?: string }> }> }> } }
  )?.root
  return (root?.children ?? [])
    .map((paragraph) =>
      (paragraph.children ?? [])
        .map((node) => (node.type === 'linebreak' ? '\n' : (node.text ?? (node.children ?? []).map((child) => child.text ?? '').join(''))))
        .join(''),
    )
    .join('\n\n')
}

/**
 * The conversation under an item or a question: for signed-in readers who may read the item
 * (the page itself is only shown to them), newest activity first, replies under their comment.
 */
export async function Thread({
  collection,
  id,
  locale,
  onCard = false,
  question,
}: {
  collection: CommentableSlug
  id: string
  locale: PortalLocale
  onCard?: boolean
  question?: Question
}) {
  const words = conversationWordsFor(locale)
  const { payload, user } = await portalContext()
  const address = new URL(dutchPathOf((await headers()).get('x-portal-path') ?? '/'), 'http://portal')
  const here = hrefIn(locale, address.pathname)
  // The reply form opens under one comment at a time (`?antwoord=<id>`): a thread of hundreds stays light, with or without JavaScript.
  const replyingTo = address.searchParams.get('antwoord')
  if (!user)
    return (
      <section aria-labelledby="gesprek" className="portal-thread">
        <h2 className="utrecht-heading-2" id="gesprek">
          {words.conversation}
        </h2>
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={`${hrefIn(locale, '/inloggen')}?terug=${encodeURIComponent(here)}`}>
            {words.signInToRead}
          </a>
        </p>
      </section>
    )
  const thread = await threadOf(payload, user, collection, id, { all: address.searchParams.get('alle') === '1' })
  const comments = thread.comments
  const context: Context = {
    curator: isCurator(user as SessionUser),
    here,
    locale,
    onCard: onCard || Boolean(question?.aboutCard),
    question,
    userId: String(user.id),
  }
  return (
    <section aria-labelledby="gesprek" className="portal-thread">
      <h2 className="utrecht-heading-2" id="gesprek">
        {words.conversation} <span className="portal-meta">({thread.total})</span>
      </h2>
      <p className="utrecht-paragraph portal-meta">{words.conversationIntro}</p>
      <StepOutcome locale={locale} />
      <CommentForm collection={collection} item={id} locale={locale} returnTo={here} />
      {comments.length === 0 ? <p className="utrecht-paragraph">{words.empty}</p> : null}
      <ol className="portal-comments">
        {comments.map((comment) => (
          <li key={comment.id}>
            <CommentView comment={comment} context={context} />
            {comment.replies.length > 0 ? (
              <ol className="portal-replies">
                {comment.replies.map((reply) => (
                  <li key={reply.id}>
                    <CommentView comment={reply} context={context} reply />
                  </li>
                ))}
              </ol>
            ) : null}
            {replyingTo === comment.id ? (
              <div className="portal-reply" id={`antwoord-${comment.id}`}>
                <CommentForm collection={collection} item={id} locale={locale} parent={comment.id} returnTo={here} />
              </div>
            ) : (
              <p className="portal-reply">
                <a className="utrecht-link" href={`${here}?antwoord=${comment.id}#antwoord-${comment.id}`}>
                  {words.replyTo(comment.state === 'deleted' ? '—' : comment.authorName)}
                </a>
              </p>
            )}
          </li>
        ))}
      </ol>
      {comments.length < thread.conversations ? (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={`${here}?alle=1#gesprek`}>
            {words.showAll(thread.total)}
          </a>
        </p>
      ) : null}
    </section>
  )
}
