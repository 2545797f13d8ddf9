import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { organisationTypeOptions } from '../../../../../../domain/vocabulary'
import { dictionaryFor, type PortalLocale } from '../../../../../portal/i18n'
import { notifyWordsFor } from '../../../../../portal/notifyWords'
import { portalContext } from '../../../../../portal/payload'
import { recentItems } from '../../../../../portal/recent'
import { organisationBySlug } from '../../../../../portal/taxonomy'
import { FollowButton } from '../../FollowButton'
import { ItemList } from '../../ItemList'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ locale: PortalLocale; slug: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params
  const organisation = await organisationBySlug(locale, slug)
  return { title: organisation?.name ?? dictionaryFor(locale).notFound }
}

/** An organisation of the partnership: what it is, what it published, and a way to follow it. */
export default async function OrganisationPage({ params }: Params) {
  const { locale, slug } = await params
  const organisation = await organisationBySlug(locale, slug)
  if (!organisation) notFound()
  const words = notifyWordsFor(locale)
  const { payload, user } = await portalContext()
  const items = await recentItems(payload, user, locale, {
    limit: 12,
    sort: 'publishedAt',
    where: { ownerOrganisation: { equals: organisation.id } },
  })
  const kind = organisationTypeOptions.find((option) => option.value === organisation.type)?.label[locale]
  return (
    <article>
      <p className="portal-meta">{kind ?? words.organisation}</p>
      <h1 className="utrecht-heading-1">{organisation.name}</h1>
      {organisation.description ? <p className="utrecht-paragraph utrecht-paragraph--lead">{organisation.description}</p> : null}
      <FollowButton collection="organisations" id={String(organisation.id)} locale={locale} name={organisation.name} />
      <section aria-labelledby="organisation-items">
        <h2 className="utrecht-heading-2" id="organisation-items">
          {words.itemsOf(organisation.name)}
        </h2>
        <ItemList items={items} locale={locale} />
      </section>
    </article>
  )
}
