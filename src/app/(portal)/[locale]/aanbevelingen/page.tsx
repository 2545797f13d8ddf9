import type { Metadata } from 'next'

import type { PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import { formatDate } from '../../../../../lib/dates'
import { recommendationStatusOptions } from '../../../../../domain/vocabulary'
import { hrefIn, type PortalLocale } from '../../../../portal/i18n'
import { partnerWordsFor } from '../../../../portal/partnerWords'
import { portalContext } from '../../../../portal/payload'
import { portalPaths } from '../../../../portalAddresses'
import { saveFollowUp } from '../../../../portal/workshopActions'
import { openRecommendations } from '../../../../workshop'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: PortalLocale }> }): Promise<Metadata> {
  return { title: partnerWordsFor((await params).locale).openRecommendations }
}

/** Open workshop recommendations: all of them for curators, the organisation's own for members; overdue first. */
export default async function RecommendationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: PortalLocale }>
  searchParams: Promise<{ fout?: string; opgeslagen?: string }>
}) {
  const { locale } = await params
  const { fout, opgeslagen } = await searchParams
  const words = partnerWordsFor(locale)
  const { payload, user } = await portalContext()
  if (!user) {
    return (
      <>
        <h1 className="utrecht-heading-1">{words.openRecommendations}</h1>
        <p className="utrecht-paragraph">
          <a
            className="utrecht-link"
            href={`${hrefIn(locale, '/inloggen')}?terug=${encodeURIComponent(hrefIn(locale, portalPaths.recommendations))}`}
          >
            {words.recommendationsSignIn}
          </a>
        </p>
      </>
    )
  }
  const req = (await createLocalReq({ locale, user: user as never }, payload)) as PayloadRequest
  const recommendations = await openRecommendations(req)
  const statusLabel = (value: string) => recommendationStatusOptions.find((option) => option.value === value)?.label[locale] ?? value
  return (
    <>
      <h1 className="utrecht-heading-1">{words.openRecommendations}</h1>
      <p className="utrecht-paragraph">{words.openRecommendationsIntro}</p>
      {fout ? (
        <p className="utrecht-paragraph portal-notice" role="alert">
          {fout}
        </p>
      ) : null}
      {recommendations.length === 0 ? <p className="utrecht-paragraph">{words.none}</p> : null}
      <ul className="portal-results">
        {recommendations.map((recommendation) => (
          <li
            className="portal-result"
            id={`aanbeveling-${recommendation.rowId}`}
            key={`${recommendation.source.id}:${recommendation.rowId}`}
          >
            <p className="utrecht-paragraph">
              {recommendation.overdue ? <strong className="portal-badge">{words.overdue}</strong> : null} {recommendation.text}
            </p>
            <p className="portal-meta">
              {[
                `${words.recommendationOwner}: ${recommendation.owner.name}`,
                recommendation.dueDate ? words.recommendationDue(formatDate(recommendation.dueDate, locale)) : undefined,
                `${words.recommendationStatus}: ${statusLabel(recommendation.status)}`,
                `${words.recommendationFrom}: ${recommendation.source.title}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {recommendation.followUp ? <p className="utrecht-paragraph">{recommendation.followUp}</p> : null}
            {opgeslagen === recommendation.rowId ? (
              <p className="utrecht-paragraph portal-notice" role="status">
                {words.followUpSaved}
              </p>
            ) : null}
            {recommendation.source.collection === 'workshop-sessions' ? (
              <details className="portal-follow-up">
                <summary>{words.recordFollowUp}</summary>
                <form action={saveFollowUp} className="portal-form">
                  <input name="locale" type="hidden" value={locale} />
                  <input name="session" type="hidden" value={recommendation.source.id} />
                  <input name="row" type="hidden" value={recommendation.rowId} />
                  <div className="utrecht-form-field">
                    <label className="utrecht-form-label" htmlFor={`status-${recommendation.rowId}`}>
                      {words.recommendationStatus}
                    </label>
                    <select
                      className="utrecht-select utrecht-select--html-select"
                      defaultValue={recommendation.status}
                      id={`status-${recommendation.rowId}`}
                      name="status"
                    >
                      {recommendationStatusOptions.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label[locale]}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="utrecht-form-field">
                    <label className="utrecht-form-label" htmlFor={`follow-up-${recommendation.rowId}`}>
                      {words.followUpText}
                    </label>
                    <textarea
                      className="utrecht-textarea utrecht-textarea--html-textarea"
                      defaultValue={recommendation.followUp ?? ''}
                      id={`follow-up-${recommendation.rowId}`}
                      maxLength={2000}
                      name="followUp"
                      rows={3}
                    />
                  </div>
                  <button className="utrecht-button utrecht-button--secondary-action" type="submit">
                    {words.saveFollowUp}
                  </button>
                </form>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  )
}
