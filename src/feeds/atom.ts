import { Feed } from 'feed'

import type { FeedItem } from './publicItems'

import { escapeHtml } from '../../lib/escapeHtml'
import { publicUrl } from '../env'
import { hrefIn, itemHref } from '../portalAddresses'

export type FeedDescription = {
  /** The feed's own address (under /api/feeds). */
  self: string
  /** The portal page the feed follows (Dutch path). */
  page: string
  title: string
  subtitle: string
  locale: 'nl' | 'en'
}

const named = (value: unknown): { name?: string | null; slug?: string | null } | undefined =>
  typeof value === 'object' && value !== null ? (value as { name?: string | null; slug?: string | null }) : undefined

/**
 * Atom 1.0 for the items, newest first. Every date in it comes from the items, so the same items
 * give the same document, byte for byte: its hash is the feed's ETag.
 */
export function atomFeed(description: FeedDescription, items: FeedItem[]): { xml: string; lastModified: Date } {
  const base = publicUrl()
  const lastModified = new Date(Math.max(0, ...items.map((item) => Date.parse(item.updatedAt))))
  const feed = new Feed({
    author: { name: 'Weerbaar' },
    copyright: 'Weerbaar',
    description: description.subtitle,
    feedLinks: { atom: `${base}${description.self}` },
    generator: 'Weerbaar',
    id: `${base}${description.self}`,
    language: description.locale,
    link: `${base}${hrefIn(description.locale, description.page)}`,
    title: description.title,
    updated: lastModified,
  })
  for (const item of items) {
    const link = `${base}${itemHref(description.locale, item.collection, item.slug ?? String(item.id))}`
    // The item's API address: it stays the same when the title, and so the slug and page, change.
    const id = `${base}/api/${item.collection}/${item.id}`
    const organisation = named(item.ownerOrganisation)
    feed.addItem({
      author: organisation?.name ? [{ name: organisation.name }] : undefined,
      category: (item.themes ?? []).flatMap((theme) => {
        const { name, slug } = named(theme) ?? {}
        return name && slug ? [{ name, term: slug }] : []
      }),
      date: new Date(item.updatedAt),
      // The feed library marks these as HTML: plain text must not be read as markup.
      description: item.summary ? escapeHtml(item.summary) : undefined,
      id,
      link,
      published: item.publishedAt ? new Date(item.publishedAt) : undefined,
      title: escapeHtml(item.title),
    })
  }
  return { lastModified, xml: feed.atom1() }
}
