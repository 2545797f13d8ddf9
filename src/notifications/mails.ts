import type { Payload } from 'payload'
import type { SendMailOptions } from 'nodemailer'

import type { MailSubscription, NotificationKind } from '../../domain/notifications'
import type { ItemFacts } from './items'
import type { Reader } from './readers'

import { notificationKindLabels } from '../../domain/notifications'
import { escapeHtml } from '../../lib/escapeHtml'
import { formatDate } from '../../lib/dates'
import { publicUrl } from '../env'
import { textOf } from '../mail/adapter'
import { hrefIn, portalPaths } from '../portalAddresses'
import { unsubscribeToken } from './unsubscribe'
import { type NotificationFacts, notificationWords } from './words'

/** The kinds about drafts: their authors and curators work on them in the admin panel. */
const aboutDrafts = new Set<NotificationKind>(['submitted', 'sent-back', 'review-due'])

/**
 * RFC 8058: the `List-Unsubscribe` address takes a POST without a session and turns this mail off
 * at once; the page behind the mail's own link asks first (link scanners open every link).
 */
function unsubscribeParts(payload: Payload, reader: Reader, subscription: MailSubscription) {
  const token = encodeURIComponent(unsubscribeToken(payload, reader.id, subscription))
  return {
    headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    list: { unsubscribe: { url: `${publicUrl()}/api/unsubscribe?token=${token}` } },
    page: `${publicUrl()}${hrefIn(reader.language, portalPaths.unsubscribe)}?token=${token}`,
  }
}

const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`
const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`

function footer(reader: Reader, why: string, unsubscribePage: string, unsubscribeText: string): string {
  const words = notificationWords[reader.language]
  return [
    '<hr>',
    `<p><small>${escapeHtml(why)} ${link(`${publicUrl()}${hrefIn(reader.language, portalPaths.follows)}`, words.settings)} · ${link(unsubscribePage, unsubscribeText)}</small></p>`,
  ].join('\n')
}

/** The facts of one notification in the reader's language. */
export const factsFor = (
  reader: Reader,
  item: ItemFacts,
  { actorName, comment, dueDate }: { actorName?: string | null; comment?: string | null; dueDate?: string | null },
): NotificationFacts => ({
  about: item.municipality?.(reader.language) || null,
  actor: actorName ?? null,
  comment: comment ?? null,
  date: dueDate ? formatDate(dueDate, reader.language) : item.reviewBy ? formatDate(item.reviewBy, reader.language) : null,
  title: item.title(reader.language),
})

/** One notification as a mail of its own, in the reader's language, with a one-click way out of this kind. */
export function immediateMail(
  payload: Payload,
  reader: Reader,
  kind: NotificationKind,
  item: ItemFacts,
  event: { actorName?: string | null; comment?: string | null; dueDate?: string | null },
): SendMailOptions {
  const words = notificationWords[reader.language]
  const facts = factsFor(reader, item, event)
  const out = unsubscribeParts(payload, reader, kind)
  const target = aboutDrafts.has(kind)
    ? { href: item.adminLink, text: words.openInAdmin }
    : { href: item.link(reader.language), text: words.open }
  const summary = item.summary(reader.language)
  const html = [
    paragraph(words.sentence[kind](facts)),
    ...(facts.comment ? [`<p><strong>${escapeHtml(words.comment)}:</strong> ${escapeHtml(facts.comment)}</p>`] : []),
    ...(summary && !aboutDrafts.has(kind) ? [`<blockquote>${escapeHtml(summary)}</blockquote>`] : []),
    `<p>${link(target.href, target.text)}</p>`,
    footer(reader, words.why, out.page, words.unsubscribe(notificationKindLabels[kind][reader.language])),
  ].join('\n')
  return {
    headers: out.headers,
    html,
    list: out.list,
    subject: words.subject[kind](facts),
    text: textOf(html),
    to: reader.email,
  }
}

export type DigestGroup = { theme: string; items: ItemFacts[] }

/** A digest lists at most this many items; the rest is one link away, so a busy week is still a short mail. */
export const mostItemsInDigest = 30

const shortened = (text: string, most: number) => (text.length > most ? `${text.slice(0, most - 1).trimEnd()}…` : text)

/** The digest: what is new in what the reader follows, grouped by theme, with titles, summaries and links. */
export function digestMail(payload: Payload, reader: Reader, period: string, groups: DigestGroup[]): SendMailOptions {
  const words = notificationWords[reader.language]
  const count = groups.reduce((sum, group) => sum + group.items.length, 0)
  const out = unsubscribeParts(payload, reader, 'digest')
  let room = mostItemsInDigest
  const shown = groups.flatMap((group) => {
    const items = group.items.slice(0, room)
    room -= items.length
    return items.length > 0 ? [{ ...group, items }] : []
  })
  const more = count - (mostItemsInDigest - room)
  const html = [
    paragraph(words.digest.intro(period, count)),
    ...shown.flatMap((group) => [
      `<h2>${escapeHtml(group.theme)}</h2>`,
      '<ul>',
      ...group.items.map((item) => {
        const summary = shortened(item.summary(reader.language), 300)
        return `<li>${link(item.link(reader.language), item.title(reader.language))}${summary ? `<br>${escapeHtml(summary)}` : ''}</li>`
      }),
      '</ul>',
    ]),
    ...(more > 0 ? [`<p>${link(`${publicUrl()}${hrefIn(reader.language, '/zoeken')}?sort=newest`, words.digest.more(more))}</p>`] : []),
    footer(reader, words.digest.why, out.page, words.digest.unsubscribe),
  ].join('\n')
  return { headers: out.headers, html, list: out.list, subject: words.digest.subject(period), text: textOf(html), to: reader.email }
}
