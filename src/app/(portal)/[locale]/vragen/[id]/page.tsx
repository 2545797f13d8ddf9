import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { isCurator, type SessionUser } from '../../../../../../domain/access'
import { questionStatusLabels } from '../../../../../../domain/conversation'
import { formatDate } from '../../../../../../lib/dates'
import { idOf } from '../../../../../../lib/idOf'
import { conversationStep } from '../../../../../portal/conversationActions'
import { conversationWordsFor } from '../../../../../portal/conversationWords'
import { dictionaryFor, hrefIn, type PortalLocale } from '../../../../../portal/i18n'
import { portalContext } from '../../../../../portal/payload'
import { itemHref } from '../../../../../portal/routes'
import { portalPaths } from '../../../../../portalAddresses'
import { FollowButton } from '../../FollowButton'
import { SafeRichText } from '../../SafeRichText'
import { Thread } from '../../gesprek/Thread'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ locale: PortalLocale; id: string }> }

async function questionFor(locale: PortalLocale, id: string) {
  const { payload, user } = await portalContext()
  return payload
    .findByID({ collection: 'questions', depth: 1, disableErrors: true, id, locale, overrideAccess: false, user })
    .catch(() => null)
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id, locale } = await params
  const question = await questionFor(locale, id)
  return { title: question?.title ?? dictionaryFor(locale).notFound }
}

const nameOf = (value: unknown) => (value && typeof value === 'object' && 'name' in value ? String((value as { name: unknown }).name) : '')

/** One question to the region: what is asked, of whom, its accepted answer, and the conversation that answers it. */
export default async function QuestionPage({ params }: Params) {
  const { id, locale } = await params
  const question = await questionFor(locale, id)
  if (!question) notFound()
  const words = conversationWordsFor(locale)
  const { user } = await portalContext()
  const askedBy = idOf(question.askedBy)
  const mayChange = Boolean(user && (isCurator(user as SessionUser) || askedBy === String(user.id)))
  const about = question.about as { relationTo?: string; value?: { slug?: string; title?: string } | string } | null | undefined
  const aboutDoc = about?.value && typeof about.value === 'object' ? about.value : undefined
  const here = hrefIn(locale, portalPaths.question(question.id))
  return (
    <article className="portal-question">
      <p className="portal-meta">
        <a className="utrecht-link" href={hrefIn(locale, portalPaths.questions)}>
          {words.questions}
        </a>
      </p>
      <h1 className="utrecht-heading-1">{question.title}</h1>
      <p className="portal-meta">
        {questionStatusLabels[(question.status ?? 'open') as 'open'][locale]} · {words.answers(question.answerCount ?? 0)} ·{' '}
        {words.askedBy(question.askerName ?? '—', formatDate(question.createdAt, locale))}
      </p>
      {aboutDoc?.slug && about?.relationTo ? (
        <p className="utrecht-paragraph">
          {words.about}:{' '}
          <a className="utrecht-link" href={itemHref(locale, about.relationTo, aboutDoc.slug)}>
            {aboutDoc.title}
          </a>
        </p>
      ) : null}
      {Array.isArray(question.concerns) && question.concerns.length > 0 ? (
        <p className="utrecht-paragraph">
          {words.municipality}: {question.concerns.map(nameOf).filter(Boolean).join(', ')}
        </p>
      ) : null}
      {Array.isArray(question.themes) && question.themes.length > 0 ? (
        <p className="portal-meta">{question.themes.map(nameOf).filter(Boolean).join(' · ')}</p>
      ) : null}
      {question.body ? (
        <div className="portal-question__body">
          <SafeRichText data={question.body as never} locale={locale} />
        </div>
      ) : null}
      {mayChange && Array.isArray(question.unreachedMentions) && question.unreachedMentions.length > 0 ? (
        <p className="utrecht-paragraph portal-meta" role="note">
          {words.unreached(question.unreachedMentions)}
        </p>
      ) : null}
      <FollowButton collection="questions" id={String(question.id)} locale={locale} name={question.title} />
      {mayChange ? (
        <form action={conversationStep} className="portal-step">
          <input name="locale" type="hidden" value={locale} />
          <input name="returnTo" type="hidden" value={here} />
          <input name="id" type="hidden" value={String(question.id)} />
          <input name="anchor" type="hidden" value="gesprek" />
          <input name="step" type="hidden" value={question.status === 'closed' ? 'reopen' : 'close'} />
          <button className="utrecht-button utrecht-button--subtle" type="submit">
            {question.status === 'closed' ? words.reopen : words.close}
          </button>
        </form>
      ) : null}
      <Thread
        collection="questions"
        id={String(question.id)}
        locale={locale}
        question={{
          aboutCard: about?.relationTo === 'interventions',
          acceptedAnswer: idOf(question.acceptedAnswer),
          askedBy,
          id: String(question.id),
        }}
      />
    </article>
  )
}
