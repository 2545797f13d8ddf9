import type { Metadata } from 'next'

import { formatDate } from '../../../../../lib/dates'
import { questionStatuses, questionStatusLabels } from '../../../../../domain/conversation'
import { groupsOf, type SessionUser } from '../../../../../domain/access'
import { questionsFor } from '../../../../portal/conversation'
import { conversationWordsFor } from '../../../../portal/conversationWords'
import { hrefIn, type PortalLocale } from '../../../../portal/i18n'
import { portalContext } from '../../../../portal/payload'
import { portalPaths } from '../../../../portalAddresses'
import { QuestionForm } from '../gesprek/QuestionForm'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: PortalLocale }> }): Promise<Metadata> {
  return { title: conversationWordsFor((await params).locale).questions }
}

type Search = { thema?: string; status?: string; gemeente?: string; onbeantwoord?: string; over?: string; pagina?: string; groep?: string }

const nameOf = (value: unknown) => (value && typeof value === 'object' && 'name' in value ? String((value as { name: unknown }).name) : '')

/** Questions to the region, with filters by theme, status and whom they are asked of; and the form to ask one. */
export default async function QuestionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: PortalLocale }>
  searchParams: Promise<Search>
}) {
  const { locale } = await params
  const search = await searchParams
  const words = conversationWordsFor(locale)
  const { payload, user } = await portalContext()
  const status = questionStatuses.includes(search.status as never) ? search.status : undefined
  const [questions, themes, organisations] = await Promise.all([
    questionsFor(
      payload,
      user,
      { concerns: search.gemeente, status, theme: search.thema, unanswered: search.onbeantwoord === '1' },
      Math.max(1, Number(search.pagina) || 1),
    ),
    payload.find({ collection: 'themes', depth: 0, limit: 200, locale, pagination: false, sort: 'order' }),
    payload.find({ collection: 'organisations', depth: 0, limit: 200, pagination: false, sort: 'name' }),
  ])
  const themeChoices = themes.docs.map((theme) => ({ id: String(theme.id), name: String(theme.name ?? '') }))
  const organisationChoices = organisations.docs.map((organisation) => ({ id: String(organisation.id), name: organisation.name }))
  const [aboutCollection, aboutId] = (search.over ?? '').split(':')
  const about =
    user && aboutCollection && aboutId
      ? await payload
          .findByID({
            collection: aboutCollection as never,
            depth: 0,
            disableErrors: true,
            id: aboutId,
            locale,
            overrideAccess: false,
            user,
          })
          .catch(() => null)
      : null
  // Asking one's own group: offered from the group's page, only to its members.
  const group =
    search.groep && groupsOf(user as SessionUser | null).includes(search.groep)
      ? await payload.findByID({ collection: 'groups', depth: 0, disableErrors: true, id: search.groep, locale })
      : null
  return (
    <>
      <h1 className="utrecht-heading-1">{words.questions}</h1>
      <p className="utrecht-paragraph">{words.questionsIntro}</p>
      <form action={hrefIn(locale, portalPaths.questions)} aria-label={words.filter} className="portal-form portal-filters" method="get">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="filter-theme">
            {words.theme}
          </label>
          <select className="utrecht-select utrecht-select--html-select" defaultValue={search.thema ?? ''} id="filter-theme" name="thema">
            <option value="">{words.any}</option>
            {themeChoices.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.name}
              </option>
            ))}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="filter-status">
            {words.status}
          </label>
          <select className="utrecht-select utrecht-select--html-select" defaultValue={status ?? ''} id="filter-status" name="status">
            <option value="">{words.any}</option>
            {questionStatuses.map((value) => (
              <option key={value} value={value}>
                {questionStatusLabels[value][locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="filter-municipality">
            {words.municipality}
          </label>
          <select
            className="utrecht-select utrecht-select--html-select"
            defaultValue={search.gemeente ?? ''}
            id="filter-municipality"
            name="gemeente"
          >
            <option value="">{words.any}</option>
            {organisationChoices.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        </div>
        <div className="utrecht-form-field utrecht-form-field--checkbox">
          <input
            className="utrecht-checkbox utrecht-checkbox--html-input"
            defaultChecked={search.onbeantwoord === '1'}
            id="filter-unanswered"
            name="onbeantwoord"
            type="checkbox"
            value="1"
          />{' '}
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="filter-unanswered">
            {words.unanswered}
          </label>
        </div>
        <button className="utrecht-button utrecht-button--secondary-action" type="submit">
          {words.filter}
        </button>
      </form>
      {questions.docs.length === 0 ? <p className="utrecht-paragraph">{words.noQuestions}</p> : null}
      <ul className="portal-results portal-questions">
        {questions.docs.map((question) => (
          <li className="portal-result" key={question.id}>
            <h2 className="utrecht-heading-3">
              <a className="utrecht-link" href={hrefIn(locale, portalPaths.question(question.id))}>
                {question.title}
              </a>
            </h2>
            <p className="portal-meta">
              {questionStatusLabels[(question.status ?? 'open') as 'open'][locale]} · {words.answers(question.answerCount ?? 0)} ·{' '}
              {words.askedBy(question.askerName ?? '—', formatDate(question.createdAt, locale))}
              {Array.isArray(question.themes) && question.themes.length > 0
                ? ` · ${question.themes.map(nameOf).filter(Boolean).join(', ')}`
                : ''}
            </p>
          </li>
        ))}
      </ul>
      {user ? (
        <QuestionForm
          about={about ? search.over : undefined}
          aboutTitle={about ? String((about as { title?: unknown }).title ?? '') : undefined}
          group={group ? { id: String(group.id), name: String(group.name) } : undefined}
          locale={locale}
          organisations={organisationChoices}
          themes={themeChoices}
        />
      ) : (
        <p className="utrecht-paragraph">
          <a
            className="utrecht-link"
            href={`${hrefIn(locale, '/inloggen')}?terug=${encodeURIComponent(hrefIn(locale, portalPaths.questions))}`}
          >
            {words.signInToAsk}
          </a>
        </p>
      )}
    </>
  )
}
