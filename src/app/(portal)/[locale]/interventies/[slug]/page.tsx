import { dictionaryFor, itemWordsFor, type PortalLocale } from '../../../../../portal/i18n'
import { organisationOf, type SessionUser } from '../../../../../../domain/access'
import { experiencesOf, ownExperienceOf } from '../../../../../portal/item'
import { portalContext } from '../../../../../portal/payload'
import { ItemPage } from '../../ItemPage'
import { ExperienceForm } from './ExperienceForm'

export const dynamic = 'force-dynamic'

/** The municipality the reader speaks for, whose experience the form records; undefined for anyone else. */
async function municipalityOfReader(): Promise<string | undefined> {
  const { payload, user } = await portalContext()
  const id = organisationOf(user as SessionUser | null)
  if (!id) return undefined
  const found = await payload.findByID({ collection: 'organisations', depth: 0, disableErrors: true, id })
  return found?.type === 'municipality' ? id : undefined
}

export default async function InterventionPage({ params }: { params: Promise<{ locale: PortalLocale; slug: string }> }) {
  const { locale, slug } = await params
  const words = { ...dictionaryFor(locale), ...itemWordsFor(locale) }
  const decimal = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 })
  const month = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', year: 'numeric' })
  const { payload, user } = await portalContext()
  return (
    <ItemPage
      collection="interventions"
      extra={async (doc) => {
        const [summary, municipality] = await Promise.all([experiencesOf(payload, user, locale, doc.id), municipalityOfReader()])
        const own = municipality ? await ownExperienceOf(payload, user, locale, doc.id, municipality) : undefined
        return (
          <section aria-labelledby="experiences">
            <h2 className="utrecht-heading-2" id="experiences">
              {words.experiences}
            </h2>
            <p className="utrecht-paragraph">
              {summary.reports === 0
                ? words.experiencesNone
                : words.experiencesSummary(
                    summary.municipalities.length,
                    summary.reports,
                    decimal.format(summary.averageRating),
                    summary.recommendShare,
                  )}
            </p>
            {summary.municipalities.length > 0 ? <p className="utrecht-paragraph">{summary.municipalities.join(', ')}</p> : null}
            {summary.reports > 0 ? <p className="utrecht-paragraph portal-meta">{words.experiencesVersusUse}</p> : null}
            {user && summary.entries.length > 0 ? (
              <ul className="portal-experiences">
                {summary.entries.map((entry) => (
                  <li key={entry.id}>
                    <h3 className="utrecht-heading-4">{entry.municipality}</h3>
                    <p className="utrecht-paragraph portal-meta">
                      {[
                        entry.from ? `${words.experienceFrom} ${month.format(new Date(entry.from))}` : undefined,
                        entry.rating ? words.experienceRating(decimal.format(entry.rating)) : undefined,
                        entry.wouldRecommend ? words.experienceRecommends : undefined,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                    {entry.result ? <p className="utrecht-paragraph portal-prewrap">{entry.result}</p> : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {municipality ? <ExperienceForm interventionId={doc.id} locale={locale} own={own} /> : null}
          </section>
        )
      }}
      locale={locale}
      slug={slug}
    />
  )
}
