import type { Metadata } from 'next'

import { redirect } from 'next/navigation'

import { isCurator, type SessionUser } from '../../../../../domain/access'
import {
  defaultImmediateKinds,
  digestPeriodOptions,
  mailLanguageOptions,
  notificationKindOptions,
} from '../../../../../domain/notifications'
import { dictionaryFor, hrefIn, type PortalLocale } from '../../../../portal/i18n'
import { saveNotificationSettings, toggleFollow } from '../../../../portal/followActions'
import { notifyWordsFor } from '../../../../portal/notifyWords'
import { portalContext } from '../../../../portal/payload'
import { itemHref } from '../../../../portal/routes'
import { portalPaths } from '../../../../portalAddresses'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: PortalLocale }> }): Promise<Metadata> {
  return { title: notifyWordsFor((await params).locale).followsTitle }
}

type Doc = Record<string, any>

function linkOf(locale: PortalLocale, target: Doc): { href: string; name: string; kind: string } | undefined {
  const value = target?.value
  if (!value || typeof value !== 'object') return undefined
  const words = { ...dictionaryFor(locale), ...notifyWordsFor(locale) }
  if (target.relationTo === 'themes') return { href: hrefIn(locale, portalPaths.theme(value.slug)), kind: words.theme, name: value.name }
  if (target.relationTo === 'organisations')
    return { href: hrefIn(locale, portalPaths.organisation(value.slug)), kind: words.organisation, name: value.name }
  return {
    href: itemHref(locale, target.relationTo, value.slug ?? value.id),
    kind: words.collectionNames[target.relationTo] ?? '',
    name: value.title,
  }
}

/** What the reader follows, with a way to stop each, and how they want to be mailed. */
export default async function FollowsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: PortalLocale }>
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const { locale } = await params
  const { opgeslagen } = await searchParams
  const { payload, user } = await portalContext()
  if (!user) redirect(`${hrefIn(locale, '/inloggen')}?terug=${encodeURIComponent(hrefIn(locale, portalPaths.follows))}`)
  const words = notifyWordsFor(locale)
  const [{ docs }, me] = await Promise.all([
    payload.find({ collection: 'follows', depth: 1, limit: 500, locale, overrideAccess: false, sort: '-createdAt', user }),
    payload.findByID({ collection: 'users', depth: 0, id: user.id, overrideAccess: false, user }),
  ])
  const follows = (docs as unknown as Doc[]).map((follow) => ({ follow, link: linkOf(locale, follow.target) })).filter((each) => each.link)
  const settings = (me as Doc).notificationSettings ?? {}
  const immediate = new Set<string>(settings.immediate ?? defaultImmediateKinds)
  const here = hrefIn(locale, portalPaths.follows)
  return (
    <>
      <h1 className="utrecht-heading-1">{words.followsTitle}</h1>
      <p className="utrecht-paragraph">{words.followsIntro}</p>
      {follows.length === 0 ? (
        <p className="utrecht-paragraph">{words.followsEmpty}</p>
      ) : (
        <ul className="portal-cards">
          {follows.map(({ follow, link }) => (
            <li className="portal-card portal-follow-row" key={follow.id}>
              <div>
                <p className="portal-meta">{link!.kind}</p>
                <a className="utrecht-link" href={link!.href}>
                  {link!.name}
                </a>
              </div>
              <form action={toggleFollow}>
                <input name="locale" type="hidden" value={locale} />
                <input name="returnTo" type="hidden" value={here} />
                <input name="follow" type="hidden" value={String(follow.id)} />
                <button aria-label={words.unfollowNamed(link!.name)} className="utrecht-button utrecht-button--subtle" type="submit">
                  {words.unfollow}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}

      <section aria-labelledby="instellingen">
        <h2 className="utrecht-heading-2" id="instellingen">
          {words.settingsTitle}
        </h2>
        {opgeslagen ? (
          <p className="utrecht-paragraph portal-notice" role="status">
            {words.saved}
          </p>
        ) : null}
        <form action={saveNotificationSettings} className="portal-form">
          <input name="locale" type="hidden" value={locale} />
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">{words.digestLegend}</legend>
            {digestPeriodOptions.map((option) => (
              <div className="utrecht-form-field utrecht-form-field--radio" key={option.value}>
                <input
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  defaultChecked={(settings.digest ?? 'weekly') === option.value}
                  id={`digest-${option.value}`}
                  name="digest"
                  type="radio"
                  value={option.value}
                />{' '}
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`digest-${option.value}`}>
                  {option.label[locale]}
                </label>
              </div>
            ))}
          </fieldset>
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">{words.immediateLegend}</legend>
            {notificationKindOptions
              .filter((option) => option.value !== 'submitted' || isCurator(user as SessionUser))
              .map((option) => (
                <div className="utrecht-form-field utrecht-form-field--checkbox" key={option.value}>
                  <input
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    defaultChecked={immediate.has(option.value)}
                    id={`immediate-${option.value}`}
                    name="immediate"
                    type="checkbox"
                    value={option.value}
                  />{' '}
                  <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`immediate-${option.value}`}>
                    {option.label[locale]}
                  </label>
                </div>
              ))}
          </fieldset>
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">{words.languageLegend}</legend>
            {mailLanguageOptions.map((option) => (
              <div className="utrecht-form-field utrecht-form-field--radio" key={option.value}>
                <input
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  defaultChecked={(settings.language ?? 'nl') === option.value}
                  id={`language-${option.value}`}
                  name="language"
                  type="radio"
                  value={option.value}
                />{' '}
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`language-${option.value}`}>
                  {option.label[locale]}
                </label>
              </div>
            ))}
          </fieldset>
          <button className="utrecht-button utrecht-button--primary-action" type="submit">
            {words.save}
          </button>
        </form>
      </section>
    </>
  )
}
