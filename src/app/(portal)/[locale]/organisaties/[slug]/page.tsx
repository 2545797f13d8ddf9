import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { districtOptions, groupKindOptions, organisationTypeOptions } from '../../../../../../domain/vocabulary'
import { organisationProfile } from '../../../../../partners'
import { feedAlternates, feedPath } from '../../../../../portal/feeds'
import { dictionaryFor, hrefIn, type PortalLocale } from '../../../../../portal/i18n'
import { notifyWordsFor } from '../../../../../portal/notifyWords'
import { partnerWordsFor } from '../../../../../portal/partnerWords'
import { portalContext } from '../../../../../portal/payload'
import { recentItems } from '../../../../../portal/recent'
import { organisationBySlug } from '../../../../../portal/taxonomy'
import { itemHref, portalPaths } from '../../../../../portalAddresses'
import { ContactList } from '../../ContactList'
import { FeedLink } from '../../FeedLink'
import { FollowButton } from '../../FollowButton'
import { ItemList } from '../../ItemList'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ locale: PortalLocale; slug: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params
  const organisation = await organisationBySlug(locale, slug)
  if (!organisation) return { title: dictionaryFor(locale).notFound }
  return { alternates: feedAlternates(locale, feedPath.organisation(slug), organisation.name ?? slug), title: organisation.name }
}

/**
 * An organisation of the partnership: what it is and does, what it published, the cards it runs
 * and how they went, the groups it works in, its questions and (signed in) its contact people.
 * For a municipality this is its profile in the region.
 */
export default async function OrganisationPage({ params }: Params) {
  const { locale, slug } = await params
  const { payload, user } = await portalContext()
  const profile = await organisationProfile(payload, user, locale, slug)
  if (!profile) notFound()
  const { organisation } = profile
  const words = partnerWordsFor(locale)
  const notify = notifyWordsFor(locale)
  const [items, themes] = await Promise.all([
    recentItems(payload, user, locale, { limit: 12, sort: 'publishedAt', where: { ownerOrganisation: { equals: organisation.id } } }),
    payload.find({ collection: 'themes', depth: 0, limit: 200, locale, pagination: false }),
  ])
  const themeNames = new Map(themes.docs.map((theme) => [String(theme.id), String(theme.name ?? '')]))
  const kind = organisationTypeOptions.find((option) => option.value === organisation.type)?.label[locale]
  const district = districtOptions.find((option) => option.value === organisation.district)?.label[locale]
  const kindOfGroup = (value: string) => groupKindOptions.find((option) => option.value === value)?.label[locale] ?? value
  return (
    <article>
      <p className="portal-meta">
        {[kind ?? notify.organisation, district, organisation.cityDealPartner ? words.cityDealPartner : undefined]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <h1 className="utrecht-heading-1">{organisation.name}</h1>
      {organisation.description ? <p className="utrecht-paragraph utrecht-paragraph--lead">{organisation.description}</p> : null}
      {organisation.website ? (
        <p className="utrecht-paragraph">
          {words.website}:{' '}
          <a className="utrecht-link" href={organisation.website} rel="noreferrer">
            {organisation.website}
          </a>
        </p>
      ) : null}
      <FollowButton collection="organisations" id={organisation.id} locale={locale} name={organisation.name} />
      <section aria-labelledby="organisation-contacts">
        <h2 className="utrecht-heading-2" id="organisation-contacts">
          {words.contacts}
        </h2>
        {user ? (
          profile.contacts.length > 0 ? (
            <ContactList contacts={profile.contacts} emailLabel={words.email} forThemes={words.contactFor} themeNames={themeNames} />
          ) : (
            <p className="utrecht-paragraph">{words.noContact}</p>
          )
        ) : (
          <p className="utrecht-paragraph">{words.contactsSignIn}</p>
        )}
      </section>
      <section aria-labelledby="organisation-uses">
        <h2 className="utrecht-heading-2" id="organisation-uses">
          {words.interventionsInUse}
        </h2>
        {profile.usesInterventions.length === 0 ? <p className="utrecht-paragraph">{words.none}</p> : null}
        <ul className="portal-links">
          {profile.usesInterventions.map((card) => (
            <li key={card.id}>
              <a className="utrecht-link" href={itemHref(locale, 'interventions', card.slug ?? '')}>
                {card.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {profile.experiences.length > 0 ? (
        <section aria-labelledby="organisation-experiences">
          <h2 className="utrecht-heading-2" id="organisation-experiences">
            {words.experiences}
          </h2>
          <ul className="portal-links">
            {profile.experiences.map((experience) => (
              <li key={experience.id}>
                <a className="utrecht-link" href={itemHref(locale, 'interventions', experience.intervention.slug ?? '')}>
                  {experience.intervention.title}
                </a>
                {experience.rating ? <span className="portal-meta"> · {'★'.repeat(experience.rating)}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="organisation-groups">
        <h2 className="utrecht-heading-2" id="organisation-groups">
          {words.groupsOf}
        </h2>
        {profile.groups.length === 0 ? <p className="utrecht-paragraph">{words.none}</p> : null}
        <ul className="portal-links">
          {profile.groups.map((group) => (
            <li key={group.id}>
              <a className="utrecht-link" href={hrefIn(locale, portalPaths.group(group.slug ?? ''))}>
                {group.title}
              </a>
              <span className="portal-meta">
                {' '}
                · {kindOfGroup(group.kind)}
                {group.leads ? ` · ${words.leads}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {profile.questions.length > 0 ? (
        <section aria-labelledby="organisation-questions">
          <h2 className="utrecht-heading-2" id="organisation-questions">
            {words.questions}
          </h2>
          <ul className="portal-links">
            {profile.questions.map((question) => (
              <li key={question.id}>
                <a className="utrecht-link" href={hrefIn(locale, portalPaths.question(question.id))}>
                  {question.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="organisation-items">
        <h2 className="utrecht-heading-2" id="organisation-items">
          {notify.itemsOf(organisation.name)}
        </h2>
        <ItemList items={items} locale={locale} />
        <FeedLink locale={locale} path={feedPath.organisation(slug)} />
      </section>
    </article>
  )
}
