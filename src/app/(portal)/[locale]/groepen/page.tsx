import type { Metadata } from 'next'

import { groupKindOptions, projectStatusOptions } from '../../../../../domain/vocabulary'
import { hrefIn, type PortalLocale } from '../../../../portal/i18n'
import { partnerWordsFor } from '../../../../portal/partnerWords'
import { portalContext } from '../../../../portal/payload'
import { portalPaths } from '../../../../portalAddresses'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: PortalLocale }> }): Promise<Metadata> {
  return { title: partnerWordsFor((await params).locale).groups }
}

/** The groups that work across organisations, by kind. */
export default async function GroupsPage({ params }: { params: Promise<{ locale: PortalLocale }> }) {
  const { locale } = await params
  const words = partnerWordsFor(locale)
  const { payload } = await portalContext()
  const { docs } = await payload.find({ collection: 'groups', depth: 0, limit: 0, locale, pagination: false, sort: 'name' })
  const statusLabel = (value: unknown) => projectStatusOptions.find((option) => option.value === value)?.label[locale]
  return (
    <>
      <h1 className="utrecht-heading-1">{words.groups}</h1>
      <p className="utrecht-paragraph">{words.groupsIntro}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={hrefIn(locale, portalPaths.cityDeal)}>
          {words.cityDeal}
        </a>
      </p>
      {groupKindOptions.map((kind) => {
        const groups = docs.filter((group) => group.kind === kind.value)
        if (groups.length === 0) return null
        return (
          <section aria-labelledby={`groups-${kind.value}`} key={kind.value}>
            <h2 className="utrecht-heading-2" id={`groups-${kind.value}`}>
              {kind.label[locale]} ({groups.length})
            </h2>
            <ul className="portal-links">
              {groups.map((group) => (
                <li key={group.id}>
                  <a className="utrecht-link" href={hrefIn(locale, portalPaths.group(String(group.slug)))}>
                    {group.name}
                  </a>
                  <span className="portal-meta">
                    {[
                      typeof group.round === 'number' ? words.round(group.round) : undefined,
                      statusLabel(group.status),
                      group.illustrative ? words.illustrative : undefined,
                    ]
                      .filter(Boolean)
                      .map((text) => ` · ${text}`)
                      .join('')}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}
