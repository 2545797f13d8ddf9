import { formatDate } from '../../../../../lib/dates'
import { questionsFor } from '../../../../portal/conversation'
import { conversationWordsFor } from '../../../../portal/conversationWords'
import { hrefIn, type PortalLocale } from '../../../../portal/i18n'
import { portalContext } from '../../../../portal/payload'
import { portalPaths } from '../../../../portalAddresses'

/** The questions asked about an item, and a way to ask one: shown on the item's page for signed-in readers. */
export async function ItemQuestions({ collection, id, locale }: { collection: string; id: string; locale: PortalLocale }) {
  const { payload, user } = await portalContext()
  if (!user) return null
  const words = conversationWordsFor(locale)
  const about = `${collection}:${id}`
  const { docs } = await questionsFor(payload, user, { about })
  return (
    <section aria-labelledby="vragen-over" className="portal-item-questions">
      <h2 className="utrecht-heading-2" id="vragen-over">
        {words.questionsAboutItem}
      </h2>
      {docs.length > 0 ? (
        <ul className="utrecht-unordered-list">
          {docs.map((question) => (
            <li key={question.id}>
              <a className="utrecht-link" href={hrefIn(locale, portalPaths.question(question.id))}>
                {question.title}
              </a>{' '}
              <span className="portal-meta">
                · {words.answers(question.answerCount ?? 0)} · {formatDate(question.createdAt, locale)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={`${hrefIn(locale, portalPaths.questions)}?over=${encodeURIComponent(about)}#vraag-stellen`}>
          {words.ask}
        </a>
      </p>
    </section>
  )
}
