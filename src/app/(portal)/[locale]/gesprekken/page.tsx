import type { Metadata } from 'next'

import { redirect } from 'next/navigation'

import { formatDate } from '../../../../../lib/dates'
import { conversationsOf } from '../../../../portal/conversation'
import { conversationWordsFor } from '../../../../portal/conversationWords'
import { hrefIn, type PortalLocale } from '../../../../portal/i18n'
import { portalContext } from '../../../../portal/payload'
import { itemHref } from '../../../../portal/routes'
import { portalPaths } from '../../../../portalAddresses'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: PortalLocale }> }): Promise<Metadata> {
  return { title: conversationWordsFor((await params).locale).conversations }
}

/** The conversations the reader is in, latest activity first. */
export default async function ConversationsPage({ params }: { params: Promise<{ locale: PortalLocale }> }) {
  const { locale } = await params
  const words = conversationWordsFor(locale)
  const { payload, user } = await portalContext()
  if (!user) redirect(`${hrefIn(locale, '/inloggen')}?terug=${encodeURIComponent(hrefIn(locale, portalPaths.conversations))}`)
  const conversations = await conversationsOf(payload, user)
  return (
    <>
      <h1 className="utrecht-heading-1">{words.conversations}</h1>
      <p className="utrecht-paragraph">{words.conversationsIntro}</p>
      {conversations.length === 0 ? <p className="utrecht-paragraph">{words.noConversations}</p> : null}
      <ul className="portal-results">
        {conversations.map((conversation) => {
          const href =
            conversation.collection === 'questions'
              ? hrefIn(locale, portalPaths.question(conversation.id))
              : conversation.slug
                ? itemHref(locale, conversation.collection, conversation.slug)
                : undefined
          return (
            <li className="portal-result" key={conversation.threadKey}>
              <h2 className="utrecht-heading-3">
                {href ? (
                  <a className="utrecht-link" href={`${href}#gesprek`}>
                    {conversation.title}
                  </a>
                ) : (
                  conversation.title
                )}
              </h2>
              <p className="portal-meta">{words.lastActivity(formatDate(conversation.lastActivity, locale, true))}</p>
            </li>
          )
        })}
      </ul>
    </>
  )
}
