import { dictionaryFor, type PortalLocale } from '../../../portal/i18n'
import type { PortalItem } from '../../../portal/recent'
import { itemHref } from '../../../portal/routes'

/** Items as cards: type, title, summary. */
export function ItemList({ items, locale }: { items: PortalItem[]; locale: PortalLocale }) {
  const words = dictionaryFor(locale)
  if (items.length === 0) return <p className="utrecht-paragraph">{words.emptyList}</p>
  return (
    <ul className="portal-cards">
      {items.map((item) => (
        <li className="portal-card" key={`${item.collection}:${item.id}`}>
          <p className="portal-meta">{words.collectionNames[item.collection]}</p>
          <h3 className="utrecht-heading-3">
            <a className="utrecht-link" href={itemHref(locale, item.collection, item.slug ?? item.id)}>
              {item.title}
            </a>
          </h3>
          {item.summary ? <p className="utrecht-paragraph">{item.summary}</p> : null}
        </li>
      ))}
    </ul>
  )
}
