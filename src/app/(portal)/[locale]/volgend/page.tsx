import type { Metadata } from 'next'

import { redirect } from 'next/navigation'

import type { Option } from '../../../../../domain/vocabulary'

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
import { saveDirectorySettings } from '../../../../portal/directoryActions'
import { partnerWordsFor } from '../../../../portal/partnerWords'
import { portalContext } from '../../../../portal/payload'
import { itemHref } from '../../../../portal/routes'
import { portalPaths } from '../../../../portalAddresses'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ locale: PortalLocale }> }): Promise<Metadata> {
  return { title: notifyWordsFor((await params).locale).followsTitle }
}

type Doc = Record<string, any>

/** One question of the settings form: radio buttons or checkboxes with their labels, a plain form field each. */
function Choices({
  checked,
  legend,
  locale,
  name,
  options,
  type,
}: {
  checked: (value: string) => boolean
  legend: string
  locale: PortalLocale
  name: string
  options: Option[]
  type: 'radio' | 'checkbox'
}) {
  const input = type === 'radio' ? 'utrecht-radio-button' : 'utrecht-checkbox'
  return (
    <fieldset className="utrecht-form-fieldset">
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {options.map((option) => (
        <div className={`utrecht-form-field utrecht-form-field--${type}`} key={option.value}>
          <input
            className={`${input} ${input}--html-input`}
            defaultChecked={checked(option.value)}
            id={`${name}-${option.value}`}
            name={name}
            type={type}
            value={option.value}
          />{' '}
          <label className={`utrecht-form-label utrecht-form-label--${type}`} htmlFor={`${name}-${option.value}`}>
            {option.label[locale]}
          </label>
        </div>
      ))}
    </fieldset>
  )
}

function linkOf(locale: PortalLocale, target: Doc): { href: string; name: string; kind: string } | undefined {
  const value = target?.value
  if (!value || typeof value !== 'object') return undefined
  const words = { ...dictionaryFor(locale), ...notifyWordsFor(locale) }
  if (target.relationTo === 'themes') return { href: hrefIn(locale, portalPaths.theme(value.slug)), kind: words.theme, name: value.name }
  if (target.relationTo === 'organisations')
    return { href: hrefIn(locale, portalPaths.organisation(value.slug)), kind: words.organisation, name: value.name }
  if (target.relationTo === 'groups')
    return { href: hrefIn(locale, portalPaths.group(value.slug)), kind: partnerWordsFor(locale).group, name: value.name }
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
  const { gids, opgeslagen } = await searchParams
  const { payload, user } = await portalContext()
  if (!user) redirect(`${hrefIn(locale, '/inloggen')}?terug=${encodeURIComponent(hrefIn(locale, portalPaths.follows))}`)
  const words = notifyWordsFor(locale)
  const [{ docs }, me, themes] = await Promise.all([
    payload.find({ collection: 'follows', depth: 1, limit: 500, locale, overrideAccess: false, sort: '-createdAt', user }),
    payload.findByID({ collection: 'users', depth: 0, id: user.id, overrideAccess: false, user }),
    payload.find({ collection: 'themes', depth: 0, limit: 200, locale, pagination: false, sort: 'order' }),
  ])
  const partnerWords = partnerWordsFor(locale)
  const contactFor = new Set(
    ((me as Doc).contactFor ?? []).map((theme: unknown) => String(theme && typeof theme === 'object' ? (theme as Doc).id : theme)),
  )
  const themeOptions = themes.docs.map((theme) => ({
    label: { en: String(theme.name ?? ''), nl: String(theme.name ?? '') },
    value: String(theme.id),
  }))
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
          <Choices
            checked={(value) => (settings.digest ?? 'weekly') === value}
            legend={words.digestLegend}
            locale={locale}
            name="digest"
            options={digestPeriodOptions}
            type="radio"
          />
          <Choices
            checked={(value) => immediate.has(value)}
            legend={words.immediateLegend}
            locale={locale}
            name="immediate"
            options={notificationKindOptions.filter((option) => option.value !== 'submitted' || isCurator(user as SessionUser))}
            type="checkbox"
          />
          <Choices
            checked={(value) => (settings.language ?? 'nl') === value}
            legend={words.languageLegend}
            locale={locale}
            name="language"
            options={mailLanguageOptions}
            type="radio"
          />
          <button className="utrecht-button utrecht-button--primary-action" type="submit">
            {words.save}
          </button>
        </form>
      </section>

      <section aria-labelledby="partnergids">
        <h2 className="utrecht-heading-2" id="partnergids">
          {partnerWords.directorySettings}
        </h2>
        <p className="utrecht-paragraph">{partnerWords.directorySettingsIntro}</p>
        {gids ? (
          <p className="utrecht-paragraph portal-notice" role="status">
            {words.saved}
          </p>
        ) : null}
        <form action={saveDirectorySettings} className="portal-form">
          <input name="locale" type="hidden" value={locale} />
          <Choices
            checked={(value) => contactFor.has(value)}
            legend={partnerWords.contactForLegend}
            locale={locale}
            name="contactFor"
            options={themeOptions}
            type="checkbox"
          />
          <div className="utrecht-form-field utrecht-form-field--checkbox">
            <input
              className="utrecht-checkbox utrecht-checkbox--html-input"
              defaultChecked={(me as Doc).shareEmail === true}
              id="share-email"
              name="shareEmail"
              type="checkbox"
            />{' '}
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="share-email">
              {partnerWords.shareEmail}
            </label>
          </div>
          <button className="utrecht-button utrecht-button--primary-action" type="submit">
            {partnerWords.saveDirectorySettings}
          </button>
        </form>
      </section>
    </>
  )
}
