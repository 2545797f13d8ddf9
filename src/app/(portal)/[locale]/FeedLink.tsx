import { feedHref, feedWords } from '../../../portal/feeds'
import type { PortalLocale } from '../../../portal/i18n'

/** A visible way to the page's Atom feed, next to the one feed readers find in the head. */
export function FeedLink({ locale, path }: { locale: PortalLocale; path: string }) {
  return (
    <p className="utrecht-paragraph portal-feed-link">
      <a className="utrecht-link" href={feedHref(locale, path)} type="application/atom+xml">
        {feedWords(locale).link}
      </a>
    </p>
  )
}
