import type { LocalizedText, Option } from './vocabulary/options'

import { commentableSlugs } from './conversation'
import { itemSlugs } from './knowledge'

/**
 * What the workspace tells people about, and how. Kinds are part of the API (`kind` of a
 * notification, `notificationSettings.immediate`, the unsubscribe link); labels are what people read.
 */
export const notificationKinds = [
  'followed-published',
  'followed-updated',
  'submitted',
  'sent-back',
  'published',
  'experience',
  'review-due',
  'mentioned',
  'replied',
  'commented',
  'question-asked',
  'answer-accepted',
  'comment-hidden',
  'recommendation-assigned',
  'recommendation-overdue',
] as const

export type NotificationKind = (typeof notificationKinds)[number]

export const isNotificationKind = (value: unknown): value is NotificationKind => notificationKinds.includes(value as NotificationKind)

/** How each kind is called in the settings: what a person chooses to get by mail at once. */
export const notificationKindLabels: Record<NotificationKind, LocalizedText> = {
  'followed-published': { en: 'New items in what I follow', nl: 'Nieuwe items in wat ik volg' },
  'followed-updated': { en: 'Changes to items I follow', nl: 'Wijzigingen in items die ik volg' },
  submitted: { en: 'Items submitted for review (curators)', nl: 'Items ingediend ter beoordeling (redacteuren)' },
  'sent-back': { en: 'My items sent back with a comment', nl: 'Mijn items teruggestuurd met een opmerking' },
  published: { en: 'My items published', nl: 'Mijn items gepubliceerd' },
  experience: {
    en: "Experiences with my organisation's interventions and those I follow",
    nl: 'Ervaringen met interventies van mijn organisatie en die ik volg',
  },
  'review-due': { en: "My organisation's items past their review-by date", nl: 'Items van mijn organisatie over hun herzieningsdatum' },
  mentioned: { en: 'Mentions of me or my organisation', nl: 'Vermeldingen van mij of mijn organisatie' },
  replied: { en: 'Replies to my comments and answers to my questions', nl: 'Reacties op mijn berichten en antwoorden op mijn vragen' },
  commented: {
    en: 'New comments in conversations I follow or take part in',
    nl: 'Nieuwe reacties in gesprekken die ik volg of waaraan ik meedoe',
  },
  'question-asked': {
    en: 'Questions to my organisation or in themes I follow',
    nl: "Vragen aan mijn organisatie of in thema's die ik volg",
  },
  'answer-accepted': { en: 'My answers accepted', nl: 'Mijn antwoorden geaccepteerd' },
  'comment-hidden': {
    en: 'My comments, or comments I reported, hidden by a curator',
    nl: 'Mijn reacties, of reacties die ik meldde, verborgen door de redactie',
  },
  'recommendation-assigned': {
    en: 'Workshop recommendations assigned to my organisation',
    nl: 'Aanbevelingen uit de kenniswerkplaats voor mijn organisatie',
  },
  'recommendation-overdue': {
    en: "My organisation's workshop recommendations past their due date",
    nl: 'Aanbevelingen voor mijn organisatie over hun termijn',
  },
}

export const notificationKindOptions: Option[] = notificationKinds.map((value) => ({ label: notificationKindLabels[value], value }))

/**
 * By mail at once unless someone says otherwise: what asks them to act. What is new in what they
 * follow comes in the digest instead, so a busy week is one mail.
 */
export const defaultImmediateKinds: readonly NotificationKind[] = [
  'submitted',
  'sent-back',
  'published',
  'experience',
  'review-due',
  'mentioned',
  'replied',
  'question-asked',
  'answer-accepted',
  'comment-hidden',
  'recommendation-assigned',
  'recommendation-overdue',
]

/** The kinds that come from following something; the digest lists them. */
export const followKinds: readonly NotificationKind[] = ['followed-published', 'followed-updated']

export const digestPeriods = ['off', 'daily', 'weekly'] as const
export type DigestPeriod = (typeof digestPeriods)[number]
export type DigestSchedule = Exclude<DigestPeriod, 'off'>
export const defaultDigestPeriod: DigestPeriod = 'weekly'

export const digestPeriodOptions: Option[] = [
  { label: { en: 'No digest', nl: 'Geen overzicht' }, value: 'off' },
  { label: { en: 'Daily', nl: 'Dagelijks' }, value: 'daily' },
  { label: { en: 'Weekly (Monday)', nl: 'Wekelijks (maandag)' }, value: 'weekly' },
]

export const mailLanguages = ['nl', 'en'] as const
export type MailLanguage = (typeof mailLanguages)[number]
export const mailLanguageOf = (value: unknown): MailLanguage => (value === 'en' ? 'en' : 'nl')

export const mailLanguageOptions: Option[] = [
  { label: { en: 'Dutch', nl: 'Nederlands' }, value: 'nl' },
  { label: { en: 'English', nl: 'Engels' }, value: 'en' },
]

/**
 * What a mail's one-click unsubscribe turns off: the digest, or one kind of immediate mail.
 * The link names it, signed, so it cannot be changed into another.
 */
export type MailSubscription = 'digest' | NotificationKind
export const isMailSubscription = (value: unknown): value is MailSubscription => value === 'digest' || isNotificationKind(value)

/** What can be followed: themes (with their sub-themes), organisations, groups, items and questions. */
export const followableSlugs = ['themes', 'organisations', 'groups', ...itemSlugs, 'questions'] as const
export type FollowableSlug = (typeof followableSlugs)[number]
export const isFollowableSlug = (value: unknown): value is FollowableSlug => followableSlugs.includes(value as FollowableSlug)

/** What a notification can be about: what can be discussed, and workshop sessions (their recommendations). */
export const notifiableSlugs = [...commentableSlugs, 'workshop-sessions'] as const
export type NotifiableSlug = (typeof notifiableSlugs)[number]
export const isNotifiableSlug = (value: unknown): value is NotifiableSlug => notifiableSlugs.includes(value as NotifiableSlug)

/** One key per followed thing, stored beside the relation so "one follow per thing" is a unique index. */
export const followKeyOf = (collection: string, id: string | number): string => `${collection}:${id}`

/** How long notifications are kept: what is older has been read, or was not worth it. */
export const notificationRetentionDays = 180

/** Set on a request's context for writes that are not news (loading the demo content): nobody is told of them. */
export const unannouncedWrite = 'unannouncedWrite'
