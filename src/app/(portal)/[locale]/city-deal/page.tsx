import type { Metadata } from 'next'

import { cityDeal } from '../../../../../domain/groups'
import { projectStatusOptions } from '../../../../../domain/vocabulary'
import { hrefIn, type PortalLocale } from '../../../../portal/i18n'
import { partnerWordsFor } from '../../../../portal/partnerWords'
import { portalContext } from '../../../../portal/payload'
import { portalPaths } from '../../../../portalAddresses'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: PortalLocale }> }): Promise<Metadata> {
  return { title: partnerWordsFor((await params).locale).cityDeal }
}

/** The City Deal Local Cyberresilience: its projects by round and status, each with its page. */
export default async function CityDealPage({ params }: { params: Promise<{ locale: PortalLocale }> }) {
  const { locale } = await params
  const words = partnerWordsFor(locale)
  const { payload } = await portalContext()
  const { docs } = await payload.find({
    collection: 'groups',
    depth: 1,
    limit: 0,
    locale,
    pagination: false,
    sort: 'name',
    where: { kind: { equals: 'city-deal-project' } },
  })
  const rounds = [...new Set(docs.map((project) => project.round ?? 0))].sort((a, b) => a - b)
  const leadOf = (project: (typeof docs)[number]) =>
    project.leadOrganisation && typeof project.leadOrganisation === 'object' ? project.leadOrganisation.name : undefined
  return (
    <>
      <h1 className="utrecht-heading-1">{words.cityDeal}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        {words.cityDealFacts(cityDeal.municipalities, cityDeal.ministries, cityDeal.projects)}
      </p>
      <h2 className="utrecht-heading-2">{words.cityDealProjects}</h2>
      {rounds.map((round) => (
        <section aria-labelledby={`round-${round}`} key={round}>
          <h3 className="utrecht-heading-3" id={`round-${round}`}>
            {round > 0 ? words.round(round) : words.none}
          </h3>
          {projectStatusOptions.map((status) => {
            const projects = docs.filter((project) => (project.round ?? 0) === round && project.status === status.value)
            if (projects.length === 0) return null
            return (
              <div key={status.value}>
                <p className="portal-meta">
                  {status.label[locale]} ({projects.length})
                </p>
                <ul className="portal-links">
                  {projects.map((project) => (
                    <li key={project.id}>
                      <a className="utrecht-link" href={hrefIn(locale, portalPaths.group(String(project.slug)))}>
                        {project.name}
                      </a>
                      <span className="portal-meta">
                        {leadOf(project) ? ` · ${words.lead}: ${leadOf(project)}` : ''}
                        {project.illustrative ? ` · ${words.illustrative}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            )
          })}
        </section>
      ))}
    </>
  )
}
