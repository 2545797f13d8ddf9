import type { LocalizedText, Option } from './vocabulary/options'

import { knowledgeSlugs } from './knowledge'

/**
 * The conversation of the workspace: comments on every knowledge item and on questions to the
 * region, with mentions, moderation and accepted answers. Values here are part of the API.
 */

/** What can be discussed: every knowledge item, and questions (whose answers are comments). */
export const commentableSlugs = [...knowledgeSlugs, 'questions'] as const
export type CommentableSlug = (typeof commentableSlugs)[number]
export const isCommentableSlug = (value: unknown): value is CommentableSlug => commentableSlugs.includes(value as CommentableSlug)

/** One key per discussed thing (`interventions:12`, `questions:3`): a thread is every comment with that key. */
export const threadKeyOf = (collection: string, id: string | number): string => `${collection}:${id}`

/**
 * A comment is shown (`visible`), hidden by a curator with a reason (`hidden`: the thread keeps a
 * placeholder, the curator can restore it), or deleted by its author (`deleted`: its text is gone,
 * the placeholder keeps the replies in place).
 */
export const commentStates = ['visible', 'hidden', 'deleted'] as const
export type CommentState = (typeof commentStates)[number]

export const commentStateOptions: Option[] = [
  { label: { en: 'Visible', nl: 'Zichtbaar' }, value: 'visible' },
  { label: { en: 'Hidden by a curator', nl: 'Verborgen door de redactie' }, value: 'hidden' },
  { label: { en: 'Deleted by its author', nl: 'Verwijderd door de schrijver' }, value: 'deleted' },
]

/** How long an author may still change what they wrote: long enough to fix a typo, short enough that answers stay meaningful. */
export const commentEditHours = 24

export const questionStatuses = ['open', 'answered', 'closed'] as const
export type QuestionStatus = (typeof questionStatuses)[number]

export const questionStatusLabels: Record<QuestionStatus, LocalizedText> = {
  answered: { en: 'Answered', nl: 'Beantwoord' },
  closed: { en: 'Closed', nl: 'Gesloten' },
  open: { en: 'Open', nl: 'Open' },
}

export const questionStatusOptions: Option[] = questionStatuses.map((value) => ({ label: questionStatusLabels[value], value }))

/** After this many days without any answer, curators see the question in their list, to find someone who knows. */
export const unansweredAfterDays = 14

/** Questions are shared with partners or kept within the organisation; public only when the asker chooses it. */
export const defaultQuestionVisibility = 'partners'

export const reportStates = ['open', 'hidden', 'dismissed'] as const
export type ReportState = (typeof reportStates)[number]

export const reportStateOptions: Option[] = [
  { label: { en: 'To decide', nl: 'Te beoordelen' }, value: 'open' },
  { label: { en: 'Comment hidden', nl: 'Reactie verborgen' }, value: 'hidden' },
  { label: { en: 'Comment kept', nl: 'Reactie blijft staan' }, value: 'dismissed' },
]

/** What an answer can become: a municipality's experience with the card, or a draft good practice. */
export const conversionTargets = ['experiences', 'good-practices'] as const
export type ConversionTarget = (typeof conversionTargets)[number]
export const isConversionTarget = (value: unknown): value is ConversionTarget => conversionTargets.includes(value as ConversionTarget)

/** Who can be mentioned with `@`: a person, or an organisation (its members who may read the item are told). */
export const mentionableSlugs = ['users', 'organisations'] as const

/** Whether a comment written at `createdAt` may still be changed by its author at `now`. */
export const withinEditWindow = (createdAt: string | Date | undefined | null, now = new Date()): boolean =>
  Boolean(createdAt) && now.getTime() - new Date(createdAt as string).getTime() <= commentEditHours * 3_600_000
