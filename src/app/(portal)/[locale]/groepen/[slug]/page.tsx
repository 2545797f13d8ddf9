import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { groupKindOptions, projectStatusOptions } from '../../../../../../domain/vocabulary'
import { type GroupProfile, groupProfile } from '../../../../../partners'
import { dictionaryFor, hrefIn, type PortalLocale } from '../../../../../portal/i18n'
import { partnerWordsFor } from '../../../../../portal/partnerWords'
import { portalContext } from '../../../../../portal/payload'
import { itemHref, portalPaths } from '../../../../../portalAddresses'
import { FollowButton } from '../../FollowButton'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ locale: PortalLocale; slug: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params
  const { payload, user } = await portalContext()
  const profile = await groupProfile(payload, user, locale, slug)
  return { title: profile?.group.name ?? dictionaryFor(locale).notFound }
}

/** A group's page: a City Deal project, a working group or the knowledge workshop, with its people, lessons, documents and questions. */
export default async function GroupPage({ params }: Params) {
  const { locale, slug } = await params
  const { payload, user } = await portalContext()
  const profile = await groupProfile(payload, user, locale, slug)
  if (!profile) notFound()
  const { group } = profile
  const words = partnerWordsFor(locale)
  const kind = groupKindOptions.find((option) => option.value === group.kind)?.label[locale]
  const status = projectStatusOptions.find((option) => option.value === group.status)?.label[locale]
  const list = (links: GroupProfile['lessons'], href: (link: GroupProfile['lessons'][number]) => string) =>
    links.length === 0 ? (
      <p className="utrecht-paragraph">{words.none}</p>
    ) : (
      <ul className="portal-links">
        {links.map((link) => (
          <li key={`${link.collection}:${link.id}`}>
            <a className="utrecht-link" href={href(link)}>
              {link.title}
            </a>
          </li>
        ))}
      </ul>
    )
  return (
    <article>
      <p className="portal-meta">{[kind, group.round ? words.round(group.round) : undefined, status].filter(Boolean).join(' · ')}</p>
      <h1 className="utrecht-heading-1">{group.name}</h1>
      {group.illustrative ? <p className="portal-badge">{words.illustrative}</p> : null}
      {group.description ? <p className="utrecht-paragraph utrecht-paragraph--lead">{group.description}</p> : null}
      <FollowButton collection="groups" id={group.id} locale={locale} name={group.name} />
      {profile.lead ? (
        <p className="utrecht-paragraph">
          {words.lead}:{' '}
          <a className="utrecht-link" href={hrefIn(locale, portalPaths.organisation(profile.lead.slug ?? ''))}>
            {profile.lead.title}
          </a>
        </p>
      ) : null}
      <section aria-labelledby="group-organisations">
        <h2 className="utrecht-heading-2" id="group-organisations">
          {words.memberOrganisations}
        </h2>
        {list(profile.organisations, (link) => hrefIn(locale, portalPaths.organisation(link.slug ?? '')))}
      </section>
      <section aria-labelledby="group-members">
        <h2 className="utrecht-heading-2" id="group-members">
          {words.members}
        </h2>
        {profile.members ? (
          <ul className="portal-links">
            {profile.members.map((member) => (
              <li key={member.id}>
                {member.name}
                {member.organisation ? <span className="portal-meta"> · {member.organisation}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph">{words.membersSignIn}</p>
        )}
      </section>
      {group.kind === 'city-deal-project' || profile.lessons.length > 0 ? (
        <section aria-labelledby="group-lessons">
          <h2 className="utrecht-heading-2" id="group-lessons">
            {words.lessons}
          </h2>
          {list(profile.lessons, (link) => itemHref(locale, 'lessons-learned', link.slug ?? ''))}
        </section>
      ) : null}
      <section aria-labelledby="group-documents">
        <h2 className="utrecht-heading-2" id="group-documents">
          {words.documents}
        </h2>
        {profile.documents.length === 0 ? (
          <p className="utrecht-paragraph">{words.noGroupItems}</p>
        ) : (
          list(profile.documents, (link) => itemHref(locale, link.collection, link.slug ?? ''))
        )}
      </section>
      {profile.questions.length > 0 || profile.isMember ? (
        <section aria-labelledby="group-questions">
          <h2 className="utrecht-heading-2" id="group-questions">
            {words.questions}
          </h2>
          {list(profile.questions, (link) => hrefIn(locale, portalPaths.question(link.id)))}
          {profile.isMember ? (
            <p className="utrecht-paragraph">
              <a className="utrecht-link" href={`${hrefIn(locale, portalPaths.questions)}?groep=${group.id}#vraag-stellen`}>
                {words.askTheGroup}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
      {profile.sessions.length > 0 ? (
        <section aria-labelledby="group-sessions">
          <h2 className="utrecht-heading-2" id="group-sessions">
            {words.sessions}
          </h2>
          <ul className="portal-links">
            {profile.sessions.map((session) => (
              <li key={session.id}>{session.title}</li>
            ))}
          </ul>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={hrefIn(locale, portalPaths.recommendations)}>
              {words.openRecommendations}
            </a>
          </p>
        </section>
      ) : null}
    </article>
  )
}
