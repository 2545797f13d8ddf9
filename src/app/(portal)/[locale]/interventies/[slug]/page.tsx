import { dictionaryFor, itemWordsFor, type PortalLocale } from '../../../../../portal/i18n'
import { experiencesOf } from '../../../../../portal/item'
import { portalContext } from '../../../../../portal/payload'
import { ItemPage } from '../../ItemPage'
import { ExperienceForm } from './ExperienceForm'

export const dynamic = 'force-dynamic'

/** Whether the reader speaks for a municipality, whose experience the form records. */
async function speaksForMunicipality(): Promise<boolean> {
  const { payload, user } = await portalContext()
  const organisation = (user as { organisation?: unknown } | null)?.organisation
  if (!organisation) return false
  const id = typeof organisation === 'object' ? (organisation as { id: string }).id : String(organisation)
  const found = await payload.findByID({ collection: 'organisations', depth: 0, disableErrors: true, id })
  return found?.type === 'municipality'
}

export default async function InterventionPage({ params }: { params: Promise<{ locale: PortalLocale; slug: string }> }) {
  const { locale, slug } = await params
  const words = { ...dictionaryFor(locale), ...itemWordsFor(locale) }
  const { payload, user } = await portalContext()
  return (
    <ItemPage
      collection="interventions"
      extra={async (doc) => {
        const [summary, canRecord] = await Promise.all([experiencesOf(payload, user, locale, doc.id), speaksForMunicipality()])
        return (
          <section aria-labelledby="experiences">
            <h2 className="utrecht-heading-2" id="experiences">
              {words.experiences}
            </h2>
            <p className="utrecht-paragraph">
              {summary.count === 0
                ? words.experiencesNone
                : words.experiencesSummary(summary.count, summary.averageRating.toFixed(1), summary.recommendShare)}
            </p>
            {summary.municipalities.length > 0 ? <p className="utrecht-paragraph">{summary.municipalities.join(', ')}</p> : null}
            {canRecord ? <ExperienceForm interventionId={doc.id} locale={locale} /> : null}
          </section>
        )
      }}
      locale={locale}
      slug={slug}
    />
  )
}
