import { dictionaryFor, hrefIn, type PortalLocale } from '../../../portal/i18n'

/** A plain GET form: it works before (and without) JavaScript, and its address can be shared. */
export function SearchForm({ locale, query = '' }: { locale: PortalLocale; query?: string }) {
  const words = dictionaryFor(locale)
  return (
    <form action={hrefIn(locale, '/zoeken')} className="portal-search" method="get" role="search">
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="q">
          {words.searchLabel}
        </label>
        <input className="utrecht-textbox utrecht-textbox--html-input" defaultValue={query} id="q" name="q" type="search" />
      </div>
      <button className="utrecht-button utrecht-button--primary-action" type="submit">
        {words.searchButton}
      </button>
    </form>
  )
}
